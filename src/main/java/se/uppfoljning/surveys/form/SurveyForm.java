package se.uppfoljning.surveys.form;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import se.uppfoljning.base.BusinessException;
import se.uppfoljning.surveys.AnswerError;
import se.uppfoljning.surveys.AnswerValidator;
import se.uppfoljning.surveys.Answers;
import se.uppfoljning.surveys.InvalidAnswersException;
import se.uppfoljning.surveys.MatrixItem;
import se.uppfoljning.surveys.Question;
import se.uppfoljning.surveys.QuestionType;
import se.uppfoljning.surveys.Section;
import se.uppfoljning.surveys.SurveyTemplate;

/**
 * Renders any template as a form, one section per page, with progress, live show-if, server-side validation
 * messages next to each field and scales as radio groups inside a fieldset with a legend. Texts come from the
 * template in the chosen language (right-to-left where needed); buttons from the bundles in the UI's locale.
 * <p>
 * Only the page shown has components: the answers of the other pages live in a plain map, and a page's fields
 * are created when it is shown and dropped when the parent moves on (about a fifth of the heap per parent of
 * building every page at once, see docs/performance.md). After Back or Next the window scrolls to the top and
 * focus moves to the new page's heading, so a screen reader announces it (WCAG 2.4.3).
 * <p>
 * The caller persists: {@link #setPageListener} runs before moving on (save a draft of that page),
 * {@link #setSubmitListener} on the last page. A listener may throw {@link InvalidAnswersException} or
 * {@link BusinessException}; the form then stays where it is and shows the message.
 */
public class SurveyForm extends Composite<Div> {

    /** Called with the index of the section (page) the parent leaves with Next, and all answers so far. */
    @FunctionalInterface
    public interface PageListener {
        void pageDone(int section, Answers answers);
    }

    private final SurveyTemplate template;
    private final String language;
    /** Every answer given so far, also of pages not shown; the shown page's fields are read into it. */
    private final Map<String, List<String>> values = new LinkedHashMap<>();
    /** Fields and question boxes of the pages that currently have components (one, or all when read-only). */
    private final Map<String, Component> fields = new LinkedHashMap<>();
    private final Map<String, Component> questionBoxes = new LinkedHashMap<>();
    private final Map<Integer, Div> builtPages = new LinkedHashMap<>();
    private final Div pageHolder = new Div();
    private final H2 sectionTitle = new H2();
    private final Paragraph sectionIntro = new Paragraph();
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final Paragraph formError = new Paragraph();
    final Button back = new Button();
    final Button next = new Button();
    final Button submit = new Button();
    private PageListener pageListener = (s, a) -> { };
    private Consumer<Answers> submitListener = a -> { };
    private int page = -1;
    private boolean readOnly;
    /** True while fields get their stored values, so value listeners do not read half-filled pages. */
    private boolean building;

    public SurveyForm(SurveyTemplate template, String language, Answers initial) {
        this.template = template;
        this.language = language;
        Div root = getContent();
        root.addClassName("survey-form");
        root.getElement().setAttribute("lang", language);
        root.getElement().setAttribute("dir", SurveyTemplate.isRightToLeft(language) ? "rtl" : "ltr");

        progress.setMin(0);
        progress.setMax(1);
        progress.setId("survey-progress");
        progress.getElement().setAttribute("aria-labelledby", "survey-progress-text");
        progressText.setId("survey-progress-text");
        progressText.addClassName("survey-progress-text");
        sectionTitle.setId("survey-page-title");
        sectionTitle.addClassName("survey-page-title");
        // Focus target after a page change; not a tab stop.
        sectionTitle.getElement().setAttribute("tabindex", "-1");
        formError.addClassName("field-error");
        formError.getElement().setAttribute("role", "alert");
        formError.setVisible(false);
        root.add(progressText, progress, sectionTitle, sectionIntro);
        if (template.questions().stream().anyMatch(Question::required)) {
            Paragraph requiredNote = new Paragraph(getTranslation("surveys.form.required-note"));
            requiredNote.addClassName("survey-required-note");
            requiredNote.setId("survey-required-note");
            root.add(requiredNote);
        }
        pageHolder.addClassName("survey-pages");
        root.add(pageHolder);

        back.setText(getTranslation("surveys.form.back"));
        back.addThemeVariants(ButtonVariant.TERTIARY);
        back.addClickListener(e -> {
            go(previousVisible(page));
            focusPageTitle();
        });
        next.setText(getTranslation("surveys.form.next"));
        next.addThemeVariants(ButtonVariant.PRIMARY);
        next.addClickListener(e -> nextPage());
        next.setId("survey-next");
        submit.setText(getTranslation("surveys.form.submit"));
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> submitForm());
        submit.setId("survey-submit");
        back.setId("survey-back");
        HorizontalLayout buttons = new HorizontalLayout(back, next, submit);
        buttons.addClassName("survey-buttons");
        root.add(formError, buttons);

        values.putAll(initial.byQuestion());
        go(nextVisible(-1));
    }

    public void setPageListener(PageListener listener) {
        this.pageListener = listener;
    }

    public void setSubmitListener(Consumer<Answers> listener) {
        this.submitListener = listener;
    }

    /** Opens the first page that has an unanswered required question, e.g. when a parent resumes. */
    public void resumeAtFirstIncompletePage() {
        Answers answers = answers();
        for (int i = 0; i < template.sections().size(); i++) {
            if (isPageVisible(i, answers) && !AnswerValidator.validateSection(template, i, answers).isEmpty()) {
                go(i);
                return;
            }
        }
        go(lastVisible());
    }

    /** Shows every page at once without buttons: for previews and for looking at submitted answers. */
    public void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        rebuild();
    }

    public int currentPage() {
        return page;
    }

    /** The answers as currently entered (all pages), hidden questions removed. */
    public Answers answers() {
        collect();
        return AnswerValidator.clean(template, new Answers(values));
    }

    public void showErrors(List<AnswerError> errors) {
        clearErrors();
        int errorPage = errors.stream().mapToInt(e -> sectionOf(e.key())).filter(i -> i >= 0).findFirst().orElse(-1);
        if (errorPage >= 0 && errorPage != page && !readOnly) {
            go(errorPage);
        }
        Component first = null;
        for (AnswerError error : errors) {
            Component field = fields.get(error.key());
            if (field instanceof HasValidation hv) {
                hv.setErrorMessage(getTranslation(error.messageKey(), error.args()));
                hv.setInvalid(true);
                if (first == null) {
                    first = field;
                }
            }
        }
        if (first instanceof Focusable<?> f) {
            f.focus();
        }
    }

    private void nextPage() {
        Answers answers = answers();
        List<AnswerError> errors = AnswerValidator.validateSection(template, page, answers);
        if (!errors.isEmpty()) {
            showErrors(errors);
            return;
        }
        int done = page;
        if (callListener(a -> pageListener.pageDone(done, a), answers)) {
            go(nextVisible(page));
            focusPageTitle();
        }
    }

    private void submitForm() {
        Answers answers = answers();
        List<AnswerError> errors = AnswerValidator.validate(template, answers, true);
        if (!errors.isEmpty()) {
            showErrors(errors);
            submit.setEnabled(true);
            return;
        }
        if (!callListener(submitListener, answers)) {
            submit.setEnabled(true);
        }
    }

    private boolean callListener(Consumer<Answers> listener, Answers answers) {
        clearErrors();
        try {
            listener.accept(answers);
            return true;
        } catch (InvalidAnswersException e) {
            showErrors(e.errors());
        } catch (BusinessException e) {
            formError.setText(getTranslation(e.messageKey(), e.args()));
            formError.setVisible(true);
        }
        return false;
    }

    /** Back to the top, focus on the new page's heading: the page change is seen and announced. */
    private void focusPageTitle() {
        getUI().ifPresent(ui -> ui.getPage().executeJs("window.scrollTo(0, 0); $0.focus({preventScroll: true});",
                sectionTitle.getElement()));
    }

    private void go(int target) {
        int clamped = Math.max(0, Math.min(target, template.sections().size() - 1));
        if (clamped != page || builtPages.isEmpty()) {
            page = clamped;
            rebuild();
        } else {
            refresh();
        }
    }

    /** Drops the components of the pages shown so far and creates those of the page(s) to show now. */
    private void rebuild() {
        collect();
        pageHolder.removeAll();
        fields.clear();
        questionBoxes.clear();
        builtPages.clear();
        for (int i = 0; i < template.sections().size(); i++) {
            if (readOnly || i == page) {
                Div pageDiv = new Div();
                pageDiv.addClassName("survey-page");
                for (Question q : template.sections().get(i).questions()) {
                    Component box = render(q);
                    questionBoxes.put(q.id(), box);
                    pageDiv.add(box);
                }
                builtPages.put(i, pageDiv);
                pageHolder.add(pageDiv);
            }
        }
        building = true;
        try {
            setFieldValues();
        } finally {
            building = false;
        }
        if (readOnly) {
            // New fields are editable; a radio group's setReadOnly re-renders every button, so only when needed.
            fields.values().forEach(f -> ((HasValue<?, ?>) f).setReadOnly(true));
        }
        refresh();
    }

    private void refreshUnlessBuilding() {
        if (!building) {
            refresh();
        }
    }

    private void refresh() {
        Answers answers = answers();
        template.questions().forEach(q -> {
            Component box = questionBoxes.get(q.id());
            if (box != null) {
                box.setVisible(q.isVisible(answers));
            }
        });
        builtPages.forEach((i, div) -> div.setVisible(!readOnly || isPageVisible(i, answers)));
        Section section = template.sections().get(page);
        sectionTitle.setText(readOnly ? template.title().in(language) : section.title().in(language));
        sectionIntro.setText(readOnly ? "" : section.intro().in(language));
        sectionIntro.setVisible(!readOnly && !section.intro().isEmpty());
        List<Integer> visible = visiblePages(answers);
        int position = visible.indexOf(page) + 1;
        progress.setValue(visible.isEmpty() ? 0 : (double) position / visible.size());
        progressText.setText(getTranslation("surveys.form.progress", position, visible.size()));
        progress.setVisible(!readOnly);
        progressText.setVisible(!readOnly);
        boolean last = nextVisible(page, answers) == page;
        back.setVisible(!readOnly && previousVisible(page, answers) != page);
        next.setVisible(!readOnly && !last);
        submit.setVisible(!readOnly && last);
    }

    private List<Integer> visiblePages(Answers answers) {
        return IntStream.range(0, template.sections().size()).filter(i -> isPageVisible(i, answers)).boxed().toList();
    }

    private boolean isPageVisible(int index, Answers answers) {
        return template.sections().get(index).questions().stream().anyMatch(q -> q.isVisible(answers));
    }

    private int nextVisible(int from) {
        return nextVisible(from, answers());
    }

    private int nextVisible(int from, Answers answers) {
        for (int i = from + 1; i < template.sections().size(); i++) {
            if (isPageVisible(i, answers)) {
                return i;
            }
        }
        return from < 0 ? 0 : from;
    }

    private int previousVisible(int from) {
        return previousVisible(from, answers());
    }

    private int previousVisible(int from, Answers answers) {
        for (int i = from - 1; i >= 0; i--) {
            if (isPageVisible(i, answers)) {
                return i;
            }
        }
        return from;
    }

    private int lastVisible() {
        List<Integer> visible = visiblePages(answers());
        return visible.isEmpty() ? 0 : visible.getLast();
    }

    /** The section holding this answer key ({@code questionId} or {@code questionId.itemId}), or -1. */
    private int sectionOf(String key) {
        String questionId = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
        for (int i = 0; i < template.sections().size(); i++) {
            if (template.sections().get(i).questions().stream().anyMatch(q -> q.id().equals(questionId))) {
                return i;
            }
        }
        return -1;
    }

    private void clearErrors() {
        formError.setVisible(false);
        fields.values().forEach(f -> {
            if (f instanceof HasValidation hv) {
                hv.setInvalid(false);
            }
        });
    }

    // ---- rendering per question type

    private Component render(Question q) {
        String text = q.text().in(language) + (q.required() ? " *" : "");
        Component box = switch (q.type()) {
            case LIKERT, RATING_0_10, YES_NO, SINGLE_CHOICE -> groupBox(q, text, radios(q, q.id(), q.text().in(language)));
            case MULTIPLE_CHOICE -> groupBox(q, text, checkboxes(q));
            case MATRIX -> {
                List<Component> rows = new ArrayList<>();
                for (MatrixItem item : q.items()) {
                    RadioButtonGroup<String> g = radios(q, q.id() + "." + item.id(), item.text().in(language));
                    g.setLabel(item.text().in(language));
                    rows.add(g);
                }
                yield groupBox(q, text, rows.toArray(Component[]::new));
            }
            case NUMBER -> {
                TextField f = new TextField(text);
                decimalKeyboard(f);
                if (!q.unit().isEmpty()) {
                    f.setSuffixComponent(new Span(q.unit().in(language)));
                }
                yield single(q, f);
            }
            case SHORT_TEXT -> {
                TextField f = new TextField(text);
                f.setMaxLength(q.maxLength() > 0 ? q.maxLength() : AnswerValidator.DEFAULT_SHORT_TEXT);
                yield single(q, f);
            }
            case LONG_TEXT -> {
                TextArea f = new TextArea(text);
                f.setMaxLength(q.maxLength() > 0 ? q.maxLength() : AnswerValidator.DEFAULT_LONG_TEXT);
                f.setMinHeight("6em");
                yield single(q, f);
            }
            case DATE -> single(q, new DatePicker(text));
        };
        box.getElement().setAttribute("data-question", q.id());
        return box;
    }

    /**
     * Asks phones for the number keyboard (HTML {@code inputmode="decimal"}). Up to Vaadin 25.2 the text field does not
     * pass the attribute from its host to the input inside it (TextField.setInputMode arrives in 25.3), so it is also
     * set on that input, the field's slotted light-DOM {@code <input>}, once the field is in the page.
     */
    private static void decimalKeyboard(TextField f) {
        f.getElement().setAttribute("inputmode", "decimal");
        f.getElement().executeJs("if (this.inputElement) { this.inputElement.setAttribute('inputmode', 'decimal'); }");
    }

    private Component single(Question q, Component field) {
        if (field instanceof com.vaadin.flow.component.HasHelper h && !q.help().isEmpty()) {
            h.setHelperText(q.help().in(language));
        }
        ((com.vaadin.flow.component.HasSize) field).setWidthFull();
        register(q.id(), field);
        Div box = new Div(field);
        box.addClassName("survey-question");
        return box;
    }

    /** Scales and choices: a real fieldset whose legend is the question, as WCAG 1.3.1 asks for groups. */
    private Component groupBox(Question q, String legend, Component... content) {
        FieldSet set = new FieldSet(legend);
        set.addClassName("survey-question");
        if (!q.help().isEmpty()) {
            Paragraph help = new Paragraph(q.help().in(language));
            help.addClassName("survey-help");
            set.add(help);
        }
        set.add(content);
        if (content.length == 1 && content[0] instanceof com.vaadin.flow.component.HasElement) {
            register(q.id(), content[0]);
        }
        return set;
    }

    private RadioButtonGroup<String> radios(Question q, String key, String accessibleName) {
        RadioButtonGroup<String> g = new RadioButtonGroup<>();
        List<String> values = new ArrayList<>();
        Map<String, String> labels = new LinkedHashMap<>();
        switch (q.type()) {
            case YES_NO -> {
                labels.put(se.uppfoljning.surveys.Answers.YES, getTranslation("surveys.form.yes"));
                labels.put(se.uppfoljning.surveys.Answers.NO, getTranslation("surveys.form.no"));
            }
            case SINGLE_CHOICE -> q.choices().forEach(c -> labels.put(c.value(), c.label().in(language)));
            default -> {
                for (int v = q.scale().min(); v <= q.scale().max(); v++) {
                    String label = Integer.toString(v);
                    if (v == q.scale().min() && !q.scale().minLabel().isEmpty()) {
                        label += " – " + q.scale().minLabel().in(language);
                    } else if (v == q.scale().max() && !q.scale().maxLabel().isEmpty()) {
                        label += " – " + q.scale().maxLabel().in(language);
                    }
                    labels.put(Integer.toString(v), label);
                }
                if (q.scale().dontKnow()) {
                    labels.put(se.uppfoljning.surveys.Answers.DONT_KNOW, getTranslation("surveys.form.dont-know"));
                }
            }
        }
        values.addAll(labels.keySet());
        // The label generator first: set after the items, it would render every button a second time.
        g.setItemLabelGenerator(labels::get);
        g.setItems(values);
        g.getElement().getThemeList().add("vertical");
        g.setAriaLabel(accessibleName);
        if (q.type() != QuestionType.MATRIX) {
            g.addValueChangeListener(e -> refreshUnlessBuilding());
        }
        if (q.type() == QuestionType.MATRIX) {
            register(key, g);
        }
        return g;
    }

    private CheckboxGroup<String> checkboxes(Question q) {
        CheckboxGroup<String> g = new CheckboxGroup<>();
        Map<String, String> labels = new LinkedHashMap<>();
        q.choices().forEach(c -> labels.put(c.value(), c.label().in(language)));
        g.setItemLabelGenerator(labels::get);
        g.setItems(labels.keySet());
        g.getElement().getThemeList().add("vertical");
        g.setAriaLabel(q.text().in(language));
        g.addValueChangeListener(e -> refreshUnlessBuilding());
        return g;
    }

    private void register(String key, Component field) {
        fields.put(key, field);
        field.setId("q-" + key.replace('.', '-'));
    }

    private static List<String> read(Component field) {
        Object value = ((HasValue<?, ?>) field).getValue();
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(Object::toString).toList();
        }
        if (value instanceof LocalDate d) {
            return List.of(d.toString());
        }
        String s = value.toString();
        return s.isBlank() ? List.of() : List.of(s.strip());
    }

    /** Reads the fields that exist into the answer map (an emptied field removes its answer). */
    private void collect() {
        fields.forEach((key, field) -> {
            List<String> v = read(field);
            if (v.isEmpty()) {
                values.remove(key);
            } else {
                values.put(key, v);
            }
        });
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void setFieldValues() {
        fields.forEach((key, field) -> {
            List<String> v = values.getOrDefault(key, List.of());
            HasValue hv = (HasValue) field;
            if (field instanceof CheckboxGroup<?>) {
                hv.setValue(new LinkedHashSet<>(v));
            } else if (field instanceof DatePicker dp) {
                try {
                    dp.setValue(v.isEmpty() ? null : LocalDate.parse(v.getFirst()));
                } catch (java.time.format.DateTimeParseException e) {
                    dp.clear();
                }
            } else if (field instanceof RadioButtonGroup<?> rg) {
                String first = v.isEmpty() ? null : v.getFirst();
                if (first != null && rg.getListDataView().getItems().anyMatch(first::equals)) {
                    hv.setValue(first);
                }
            } else {
                hv.setValue(v.isEmpty() ? "" : v.getFirst());
            }
        });
    }
}
