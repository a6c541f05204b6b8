package se.uppfoljning.enquiries.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import se.uppfoljning.base.BusinessException;
import se.uppfoljning.base.Roles;
import se.uppfoljning.base.ui.MainLayout;
import se.uppfoljning.enquiries.AnswerMode;
import se.uppfoljning.enquiries.PaperEntryService;
import se.uppfoljning.surveys.Answers;
import se.uppfoljning.surveys.InvalidAnswersException;
import se.uppfoljning.surveys.form.SurveyForm;

/**
 * Staff enter a returned paper questionnaire, or a telephone interview, by the code printed on it: choose the
 * mode and the form's language, fill in the same form parents see, save. The service refuses an invitation
 * already answered (on the web or entered before).
 */
@Route(value = "invitations/paper", layout = MainLayout.class)
@Menu(title = "enquiries.paper.menu", order = 16)
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
public class PaperEntryView extends VerticalLayout implements HasDynamicTitle {

    final TextField code = new TextField();
    final Select<AnswerMode> mode = new Select<>();
    final Select<String> language = new Select<>();
    final Button open = new Button();
    final Div formArea = new Div();
    SurveyForm form;
    private final PaperEntryService paper;
    PaperEntryService.PaperForm opened;

    public PaperEntryView(PaperEntryService paper) {
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
        add(new H2(getTranslation("enquiries.paper.title")), new Paragraph(getTranslation("enquiries.paper.intro")),
                controls, formArea);
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
        try {
            paper.enter(opened.invitationId(), mode.getValue(), language.getValue(), answers);
        } catch (InvalidAnswersException e) {
            form.showErrors(e.errors());
            return;
        } catch (BusinessException e) {
            Notification.show(getTranslation(e.messageKey(), e.args()));
            return;
        }
        Notification.show(getTranslation("enquiries.paper.saved"));
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
