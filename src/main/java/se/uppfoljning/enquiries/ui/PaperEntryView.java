package se.uppfoljning.enquiries.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.uppfoljning.base.BusinessException;
import se.uppfoljning.base.Roles;
import se.uppfoljning.base.ui.MainLayout;
import se.uppfoljning.cases.ProjectListItem;
import se.uppfoljning.cases.ReferenceDataService;
import se.uppfoljning.enquiries.AnswerMode;
import se.uppfoljning.enquiries.PaperEntryService;
import se.uppfoljning.surveys.Answers;
import se.uppfoljning.surveys.AnswerValidator;
import se.uppfoljning.surveys.InvalidAnswersException;
import se.uppfoljning.surveys.LocalizedText;
import se.uppfoljning.surveys.Question;
import se.uppfoljning.surveys.SurveyTemplate;
import se.uppfoljning.surveys.form.SurveyForm;

/**
 * Staff enter a returned paper questionnaire, or a telephone interview, by the code printed on it: choose the
 * mode and the form's language, fill in the same form parents see, save. The service refuses an invitation
 * already answered (on the web or entered before). In a project with double entry a paper form is entered twice
 * by two people; below, a coordinator resolves the discrepancies of forms whose two entries differ, and an
 * administrator switches double entry on or off per project.
 */
@Route(value = "invitations/paper", layout = MainLayout.class)
@Menu(title = "enquiries.paper.menu", order = 16)
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
class PaperEntryView extends VerticalLayout implements HasDynamicTitle {

    final TextField code = new TextField();
    final Select<AnswerMode> mode = new Select<>();
    final Select<String> language = new Select<>();
    final Button open = new Button();
    final Div formArea = new Div();
    SurveyForm form;
    private final PaperEntryService paper;
    PaperEntryService.PaperForm opened;
    final Paragraph entryNo = new Paragraph();
    final VerticalLayout awaiting = new VerticalLayout();
    final VerticalLayout resolution = new VerticalLayout();
    /** The radio group per discrepant question key of the comparison shown. */
    final Map<String, RadioButtonGroup<List<String>>> choices = new LinkedHashMap<>();
    final Button resolve = new Button();
    PaperEntryService.Comparison shown;
    final ComboBox<ProjectListItem> project = new ComboBox<>();
    final Checkbox doubleEntry = new Checkbox();
    /** True while the checkbox shows the stored setting of a newly chosen project (not a change to store). */
    private boolean showingSetting;

    public PaperEntryView(PaperEntryService paper, ReferenceDataService reference, AuthenticationContext auth) {
        this.paper = paper;
        code.setLabel(getTranslation("enquiries.paper.code"));
        code.setHelperText(getTranslation("enquiries.code.helper"));
        code.setRequiredIndicatorVisible(true);
        mode.setLabel(getTranslation("enquiries.paper.mode"));
        mode.setItems(AnswerMode.PAPER, AnswerMode.TELEPHONE);
        mode.setItemLabelGenerator(m -> getTranslation("enquiries.paper.mode." + m.name()));
        mode.setValue(AnswerMode.PAPER);
        language.setLabel(getTranslation("enquiries.paper.language"));
        language.setItemLabelGenerator(EnquiryCodeView::languageName);
        language.setEnabled(false);
        language.addValueChangeListener(e -> showForm());
        open.setText(getTranslation("enquiries.paper.open"));
        open.addThemeVariants(ButtonVariant.PRIMARY);
        open.addClickListener(e -> openCode());
        FlexLayout controls = new FlexLayout(code, mode, open, language);
        controls.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        controls.setAlignItems(Alignment.BASELINE);
        controls.getStyle().set("gap", "var(--lumo-space-m)");
        formArea.setWidthFull();
        entryNo.setVisible(false);
        resolve.setText(getTranslation("enquiries.paper.resolve.save"));
        resolve.addThemeVariants(ButtonVariant.PRIMARY);
        resolve.addClickListener(e -> resolveShown());
        awaiting.setPadding(false);
        resolution.setPadding(false);
        add(new H2(getTranslation("enquiries.paper.title")), new Paragraph(getTranslation("enquiries.paper.intro")),
                controls, entryNo, formArea, new H3(getTranslation("enquiries.paper.resolve.title")), awaiting,
                resolution);
        if (auth.hasRole(Roles.ADMIN)) {
            project.setLabel(getTranslation("enquiries.paper.double-entry.project"));
            project.setItems(reference.projects());
            project.setItemLabelGenerator(ProjectListItem::name);
            project.addValueChangeListener(e -> {
                showingSetting = true;
                doubleEntry.setEnabled(e.getValue() != null);
                doubleEntry.setValue(e.getValue() != null && paper.doubleEntry(e.getValue().id()));
                showingSetting = false;
            });
            doubleEntry.setLabel(getTranslation("enquiries.paper.double-entry"));
            doubleEntry.setEnabled(false);
            doubleEntry.addValueChangeListener(e -> {
                if (!showingSetting && project.getValue() != null) {
                    paper.setDoubleEntry(project.getValue().id(), e.getValue());
                }
            });
            FlexLayout setting = new FlexLayout(project, doubleEntry);
            setting.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            setting.setAlignItems(Alignment.BASELINE);
            setting.getStyle().set("gap", "var(--lumo-space-m)");
            add(setting);
        }
        listAwaiting();
    }

    /** The double-entered forms whose discrepancies wait for a coordinator, each with a button to show them. */
    void listAwaiting() {
        awaiting.removeAll();
        List<PaperEntryService.Comparison> all = paper.awaitingResolution();
        if (all.isEmpty()) {
            awaiting.add(new Paragraph(getTranslation("enquiries.paper.resolve.none")));
        }
        for (PaperEntryService.Comparison c : all) {
            Button show = new Button(getTranslation("enquiries.paper.resolve.open"), e -> showComparison(c.invitationId()));
            show.addThemeVariants(ButtonVariant.SMALL);
            Paragraph line = new Paragraph(getTranslation("enquiries.paper.resolve.form", c.caseCode(),
                    getTranslation("enquiries.wave." + c.wave().name()), c.firstBy(), c.secondBy()));
            FlexLayout row = new FlexLayout(line, show);
            row.setAlignItems(Alignment.BASELINE);
            row.getStyle().set("gap", "var(--lumo-space-m)");
            awaiting.add(row);
        }
    }

    /** One radio group per discrepancy: the first or the second entry's value, as the paper form says. */
    void showComparison(long invitationId) {
        resolution.removeAll();
        choices.clear();
        try {
            shown = paper.comparison(invitationId);
        } catch (BusinessException e) {
            Notification.show(getTranslation(e.messageKey(), e.args()));
            listAwaiting();
            return;
        }
        resolution.add(new Paragraph(getTranslation("enquiries.paper.resolve.form", shown.caseCode(),
                getTranslation("enquiries.wave." + shown.wave().name()), shown.firstBy(), shown.secondBy())));
        for (PaperEntryService.Discrepancy d : shown.discrepancies()) {
            RadioButtonGroup<List<String>> group = new RadioButtonGroup<>();
            group.setLabel(questionLabel(shown.template(), d.questionKey()));
            group.setHelperText(getTranslation("enquiries.paper.resolve.choice"));
            group.setItems(d.first(), d.second());
            group.setItemLabelGenerator(v -> getTranslation(v.equals(d.first()) ? "enquiries.paper.resolve.first"
                    : "enquiries.paper.resolve.second", shownValue(v)));
            group.setRequiredIndicatorVisible(true);
            choices.put(d.questionKey(), group);
            resolution.add(group);
        }
        resolution.add(resolve);
    }

    void resolveShown() {
        if (shown == null) {
            return;
        }
        Map<String, List<String>> chosen = new LinkedHashMap<>();
        choices.forEach((key, group) -> {
            if (group.getValue() != null) {
                chosen.put(key, group.getValue());
            }
        });
        try {
            paper.resolve(shown.invitationId(), chosen);
        } catch (InvalidAnswersException e) {
            Notification.show(e.errors().stream().map(err -> getTranslation(err.messageKey(), err.args()))
                    .collect(java.util.stream.Collectors.joining(" ")));
            return;
        } catch (BusinessException e) {
            Notification.show(getTranslation(e.messageKey(), e.args()));
            if (!e.messageKey().equals("enquiries.paper.error.unresolved")) {
                closeComparison();
            }
            return;
        }
        Notification.show(getTranslation("enquiries.paper.resolve.saved"));
        closeComparison();
    }

    private void closeComparison() {
        shown = null;
        choices.clear();
        resolution.removeAll();
        listAwaiting();
    }

    private String shownValue(List<String> values) {
        return values.isEmpty() ? getTranslation("enquiries.paper.resolve.blank") : String.join(", ", values);
    }

    /** The question's text in the staff member's language (a matrix row as "question: row"). */
    private String questionLabel(SurveyTemplate template, String key) {
        String ui = getLocale() == null ? LocalizedText.DEFAULT_LANGUAGE : getLocale().getLanguage();
        for (Question q : template.questions()) {
            if (AnswerValidator.keysOf(q).contains(key)) {
                String text = q.text().in(ui);
                if (q.items() != null && key.contains(".")) {
                    String item = key.substring(key.indexOf('.') + 1);
                    text += ": " + q.items().stream().filter(i -> i.id().equals(item)).map(i -> i.text().in(ui))
                            .findFirst().orElse(item);
                }
                return text;
            }
        }
        return key;
    }

    void openCode() {
        code.setInvalid(false);
        try {
            opened = paper.open(code.getValue());
        } catch (BusinessException e) {
            code.setErrorMessage(getTranslation(e.messageKey(), e.args()));
            code.setInvalid(true);
            return;
        }
        entryNo.setVisible(opened.doubleEntry());
        entryNo.setText(getTranslation("enquiries.paper.entry-no", opened.entryNo()));
        List<String> languages = opened.template().languages();
        language.setItems(languages);
        language.setEnabled(true);
        language.setValue(languages.getFirst());
        showForm();
    }

    private void showForm() {
        formArea.removeAll();
        if (opened == null || language.getValue() == null) {
            return;
        }
        form = new SurveyForm(opened.template(), language.getValue(), Answers.empty());
        form.setSubmitListener(this::save);
        formArea.add(form);
    }

    private void save(Answers answers) {
        PaperEntryService.EntryOutcome outcome;
        try {
            outcome = paper.enter(opened.invitationId(), mode.getValue(), language.getValue(), answers);
        } catch (InvalidAnswersException e) {
            form.showErrors(e.errors());
            return;
        } catch (BusinessException e) {
            Notification.show(getTranslation(e.messageKey(), e.args()));
            return;
        }
        Notification.show(switch (outcome) {
            case FIRST_ENTRY_SAVED -> getTranslation("enquiries.paper.first-saved");
            case DISCREPANCIES -> getTranslation("enquiries.paper.discrepancies");
            case SUBMITTED -> getTranslation(opened.entryNo() == 2 ? "enquiries.paper.second-matched"
                    : "enquiries.paper.saved");
        });
        listAwaiting();
        entryNo.setVisible(false);
        opened = null;
        code.clear();
        language.setEnabled(false);
        formArea.removeAll();
        code.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("enquiries.paper.title");
    }
}
