package se.uppfoljning.enquiries.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import se.uppfoljning.base.BusinessException;
import se.uppfoljning.enquiries.ParentAnswerService;
import se.uppfoljning.enquiries.PupilAnswerService;

/**
 * /elev (issue #16): the pupil types the short code a staff member gave them. The language choice switches the
 * whole page and is kept for the questionnaire. A correct code gets a new session id, as the parents' code does.
 */
@Route(value = "elev", autoLayout = false)
@AnonymousAllowed
class PupilCodeView extends PupilPage implements HasDynamicTitle {

    final Select<String> language = new Select<>();
    final TextField code = new TextField();
    final Button open = new Button();
    private final PupilAnswerService pupils;

    public PupilCodeView(PupilAnswerService pupils) {
        this.pupils = pupils;
        language.setLabel(getTranslation("pupils.code.language"));
        language.setItems(PUPIL_LANGUAGES);
        language.setItemLabelGenerator(EnquiryCodeView::languageName);
        language.setValue(PUPIL_LANGUAGES.contains(getLocale().getLanguage()) ? getLocale().getLanguage() : "sv");
        language.setId("pupil-language");
        language.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                ParentPage.applyLanguage(UI.getCurrent(), e.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
        code.setId("pupil-code");
        code.setLabel(getTranslation("pupils.code.label"));
        code.setHelperText(getTranslation("pupils.code.helper"));
        code.setMaxLength(20);
        code.setWidthFull();
        code.setAutocomplete(Autocomplete.OFF);
        code.getElement().setAttribute("autocapitalize", "characters");
        code.setRequiredIndicatorVisible(true);
        open.setText(getTranslation("pupils.code.open"));
        open.addThemeVariants(ButtonVariant.PRIMARY);
        open.addClickShortcut(Key.ENTER);
        open.addClickListener(e -> submit());
        open.setId("pupil-open");
        H1 heading = new H1(getTranslation("pupils.code.title"));
        heading.addClassName("parent-title");
        add(heading, new Paragraph(getTranslation("pupils.code.intro")), language, code, open,
                new Paragraph(getTranslation("pupils.code.privacy")));
    }

    void submit() {
        code.setInvalid(false);
        if (code.getValue().isBlank()) {
            code.setErrorMessage(getTranslation("pupils.code.error.empty"));
            code.setInvalid(true);
            return;
        }
        try {
            long codeId = withDatabase("typed a pupil code", () -> pupils.openCode(code.getValue(), clientKey()));
            if (VaadinRequest.getCurrent() instanceof com.vaadin.flow.server.VaadinServletRequest request) {
                request.getHttpServletRequest().changeSessionId();
            }
            setCodeId(codeId);
            UI.getCurrent().navigate(PupilAnswerView.class);
        } catch (Unavailable e) {
            code.setErrorMessage(getTranslation("pupils.unavailable"));
            code.setInvalid(true);
        } catch (ParentAnswerService.LinkClosed e) {
            PupilClosedView.open(UI.getCurrent(), e.reason());
        } catch (BusinessException e) {
            code.setErrorMessage(getTranslation(e.messageKey(), e.args()));
            code.setInvalid(true);
        }
    }

    /** The client's address, used only in memory for throttling; never stored with answers. */
    private static String clientKey() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null || request.getRemoteAddr() == null ? "unknown" : request.getRemoteAddr();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("pupils.code.title");
    }
}
