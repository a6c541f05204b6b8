package se.uppfoljning.enquiries.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import se.uppfoljning.surveys.Answers;
import se.uppfoljning.surveys.Question;
import se.uppfoljning.surveys.QuestionType;
import se.uppfoljning.surveys.SurveyTemplate;

/**
 * The pupil questionnaire, one question per screen (issue #16): the question as the group's label, big answer
 * rows (a face with its word for scale questions, words for yes-no and choices), and "Jag vill inte svara" as the
 * last row of every question, stored as {@link Answers#DECLINED}. Next needs one row chosen; each screen's answer
 * goes to the screen listener before the next screen shows, and a last screen sends everything. A read-aloud
 * button ({@link ReadAloud}) reads the question and its answers with the device's own voice.
 */
class PupilForm extends Composite<Div> {

    private final SurveyTemplate template;
    private final String language;
    private Answers answers;
    private int index;
    private Predicate<Answers> screenListener = a -> true;
    private Consumer<Answers> submitListener = a -> { };

    final Paragraph progress = new Paragraph();
    final Div screen = new Div();
    final Paragraph error = new Paragraph();
    final Button back = new Button();
    final Button next = new Button();
    final Button send = new Button();
    final ReadAloud readAloud;
    RadioButtonGroup<String> choice;
    TextArea text;

    PupilForm(SurveyTemplate template, String language, Answers answers) {
        this.template = template;
        this.language = language;
        this.answers = answers;
        this.readAloud = new ReadAloud(language);
        progress.addClassName("pupil-progress");
        progress.setId("pupil-progress");
        progress.getElement().setAttribute("tabindex", "-1");
        error.addClassName("field-error");
        error.setId("pupil-error");
        error.getElement().setAttribute("role", "alert");
        back.setText(getTranslation("pupils.answer.back"));
        back.setId("pupil-back");
        back.addClickListener(e -> go(index - 1));
        next.setText(getTranslation("pupils.answer.next"));
        next.setId("pupil-next");
        next.addThemeVariants(ButtonVariant.PRIMARY);
        next.addClickListener(e -> next());
        send.setText(getTranslation("pupils.answer.send"));
        send.setId("pupil-send");
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.setDisableOnClick(true);
        send.addClickListener(e -> submitListener.accept(this.answers));
        FlexLayout buttons = new FlexLayout(back, next, send);
        buttons.addClassName("pupil-buttons");
        getContent().addClassName("pupil-form");
        getContent().add(progress, readAloud, screen, error, buttons);
        index = firstUnanswered();
        show();
    }

    /** Called with each screen's answer before the next screen; false (not saved) keeps the pupil on the screen. */
    void setScreenListener(Predicate<Answers> listener) {
        this.screenListener = listener;
    }

    void setSubmitListener(Consumer<Answers> listener) {
        this.submitListener = listener;
    }

    /** The questions shown given the answers so far (a show-if may hide some). */
    List<Question> visibleQuestions() {
        return template.questions().stream().filter(q -> q.isVisible(answers)).toList();
    }

    int index() {
        return index;
    }

    private int firstUnanswered() {
        List<Question> visible = visibleQuestions();
        for (int i = 0; i < visible.size(); i++) {
            if (!answers.has(visible.get(i).id())) {
                return i;
            }
        }
        return visible.size();
    }

    private void go(int to) {
        index = Math.max(0, Math.min(to, visibleQuestions().size()));
        show();
        // Focus moves to "Fråga 2 av 7" (or the last screen's heading), so a screen reader starts at the new screen.
        screen.getElement().executeJs("const h = this.querySelector('h2') || $0; h.focus();", progress.getElement());
    }

    /** Takes the chosen row (or the typed text) of this screen, hands it on, and shows the next screen. */
    void next() {
        Question q = visibleQuestions().get(index);
        String value = choice != null ? choice.getValue() : text == null ? null : text.getValue().strip();
        if (value == null || value.isEmpty()) {
            error.setText(getTranslation("pupils.answer.choose"));
            error.setVisible(true);
            if (choice != null) {
                choice.getElement().executeJs("const r = this.querySelector('vaadin-radio-button'); if (r) r.focus();");
            }
            return;
        }
        Answers screenAnswer = new Answers(java.util.Map.of(q.id(), List.of(value)));
        if (!screenListener.test(screenAnswer)) {
            return;
        }
        answers = answers.merge(screenAnswer);
        go(index + 1);
    }

    /** "Jag vill inte svara" on a text question, where it is a button rather than a row. */
    void decline() {
        text.setValue("");
        Question q = visibleQuestions().get(index);
        Answers screenAnswer = new Answers(java.util.Map.of(q.id(), List.of(Answers.DECLINED)));
        if (!screenListener.test(screenAnswer)) {
            return;
        }
        answers = answers.merge(screenAnswer);
        go(index + 1);
    }

    private void show() {
        screen.removeAll();
        error.setVisible(false);
        choice = null;
        text = null;
        List<Question> visible = visibleQuestions();
        back.setVisible(index > 0);
        if (index >= visible.size()) {
            progress.setText("");
            H2 done = new H2(getTranslation("pupils.answer.ready.title"));
            done.addClassName("pupil-question");
            done.getElement().setAttribute("tabindex", "-1");
            Paragraph ready = new Paragraph(getTranslation("pupils.answer.ready"));
            screen.add(done, ready);
            next.setVisible(false);
            send.setVisible(true);
            readAloud.setText(done.getText() + ". " + ready.getText());
            return;
        }
        next.setVisible(true);
        send.setVisible(false);
        Question q = visible.get(index);
        progress.setText(getTranslation("pupils.answer.progress", index + 1, visible.size()));
        String questionText = q.text().in(language);
        List<String> spoken = new ArrayList<>();
        spoken.add(questionText);
        if (q.type().isFreeText()) {
            text = new TextArea(questionText);
            text.addClassName("pupil-question-text");
            text.setWidthFull();
            text.setMaxLength(q.maxLength());
            text.setValue(Answers.DECLINED.equals(answers.value(q.id())) || answers.value(q.id()) == null
                    ? "" : answers.value(q.id()));
            Button declineButton = new Button(getTranslation("pupils.answer.decline"), e -> decline());
            declineButton.setId("pupil-decline");
            declineButton.addClassName("pupil-decline");
            screen.add(text, declineButton);
        } else {
            choice = new RadioButtonGroup<>(questionText);
            choice.setId("pupil-choice");
            choice.addClassName("pupil-choice");
            choice.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            List<String> values = values(q);
            choice.setItems(values);
            choice.setRenderer(new ComponentRenderer<Component, String>(v -> row(q, v)));
            values.forEach(v -> spoken.add(word(q, v)));
            choice.setValue(answers.value(q.id()) != null && values.contains(answers.value(q.id()))
                    ? answers.value(q.id()) : null);
            choice.addValueChangeListener(e -> error.setVisible(false));
            screen.add(choice);
        }
        if (!q.help().isEmpty()) {
            Paragraph help = new Paragraph(q.help().in(language));
            help.addClassName("survey-help");
            screen.add(help);
            spoken.add(1, help.getText());
        }
        readAloud.setText(String.join(". ", spoken));
    }

    /** The stored values of a question's rows, in order, with {@link Answers#DECLINED} last. */
    private static List<String> values(Question q) {
        List<String> values = new ArrayList<>();
        switch (q.type()) {
            case LIKERT -> {
                for (int v = q.scale().min(); v <= q.scale().max(); v++) {
                    values.add(String.valueOf(v));
                }
            }
            case YES_NO -> values.addAll(List.of(Answers.YES, Answers.NO));
            case SINGLE_CHOICE -> q.choices().forEach(c -> values.add(c.value()));
            default -> throw new IllegalStateException("No pupil screen for " + q.type() + " (TemplateRules allows none)");
        }
        values.add(Answers.DECLINED);
        return values;
    }

    private String word(Question q, String value) {
        if (Answers.DECLINED.equals(value)) {
            return getTranslation("pupils.answer.decline");
        }
        return switch (q.type()) {
            case LIKERT -> q.scale().label(Integer.parseInt(value)).in(language);
            case YES_NO -> getTranslation(Answers.YES.equals(value) ? "pupils.answer.yes" : "pupils.answer.no");
            default -> q.choices().stream().filter(c -> c.value().equals(value)).findFirst()
                    .map(c -> c.label().in(language)).orElse(value);
        };
    }

    /** One answer row: a face (decorative, the word says it) and the word, both inside the radio's label. */
    private Component row(Question q, String value) {
        Span word = new Span(word(q, value));
        word.addClassName("pupil-word");
        Div row = new Div();
        row.addClassName("pupil-row");
        if (q.type() == QuestionType.LIKERT && !Answers.DECLINED.equals(value)) {
            Image face = new Image("images/faces/face-" + face(q, Integer.parseInt(value)) + ".svg", "");
            face.addClassName("pupil-face");
            face.getElement().setAttribute("aria-hidden", "true");
            row.add(face);
        } else {
            row.addClassName(Answers.DECLINED.equals(value) ? "pupil-row-decline" : "pupil-row-word");
        }
        row.add(word);
        return row;
    }

    /** Face 1 (sad) to 5 (happy) for a value of a 4- to 7-point scale. */
    static int face(Question q, int value) {
        int points = q.scale().points();
        return 1 + Math.round((value - q.scale().min()) * 4f / (points - 1));
    }
}
