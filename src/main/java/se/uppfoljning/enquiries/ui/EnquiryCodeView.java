package se.uppfoljning.enquiries.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import se.uppfoljning.base.BusinessException;
import se.uppfoljning.enquiries.ParentAnswerService;
import se.uppfoljning.enquiries.ParentSession;

/**
 * /enkat: the parent types the code from a paper letter. No account, no personal data asked. The language
 * choice switches the whole page (texts, {@code lang}, right to left for Arabic) and is kept for the
 * questionnaire. A correct code gets a new session id, as the link does. Without a database the page says
 * "try again in a moment".
 */
@Route(value = "enkat", autoLayout = false)
@AnonymousAllowed
class EnquiryCodeView extends ParentPage implements HasDynamicTitle {

    final Select<String> language = new Select<>();
    final TextField code = new TextField();
    final Button open = new Button();
    private final ParentAnswerService parents;

    public EnquiryCodeView(ParentAnswerService parents) {
        this.parents = parents;
        language.setLabel(getTranslation("enquiries.code.language"));
        language.setItems(PAGE_LANGUAGES);
        language.setItemLabelGenerator(EnquiryCodeView::languageName);
        language.setValue(PAGE_LANGUAGES.contains(getLocale().getLanguage()) ? getLocale().getLanguage() : "sv");
        language.setId("code-language");
        language.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                ParentPage.applyLanguage(UI.getCurrent(), e.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
        code.setId("code-input");
        code.setLabel(getTranslation("enquiries.code.label"));
        code.setHelperText(getTranslation("enquiries.code.helper"));
        code.setMaxLength(20);
        code.setWidthFull();
        code.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
        code.getElement().setAttribute("autocapitalize", "characters");
        code.setRequiredIndicatorVisible(true);
        open.setText(getTranslation("enquiries.code.open"));
        open.addThemeVariants(ButtonVariant.PRIMARY);
        open.addClickShortcut(Key.ENTER);
        open.addClickListener(e -> submit());
        open.setId("code-open");
        H1 heading = new H1(getTranslation("enquiries.code.title"));
        heading.addClassName("parent-title");
        add(heading, new Paragraph(getTranslation("enquiries.code.intro")),
                language, code, open, new Paragraph(getTranslation("enquiries.code.privacy")));
    }

    void submit() {
        code.setInvalid(false);
        if (code.getValue().isBlank()) {
            code.setErrorMessage(getTranslation("enquiries.code.error.empty"));
            code.setInvalid(true);
            return;
        }
        try {
            long invitationId = withDatabase("typed a code", () -> parents.openCode(code.getValue(), clientKey()));
            renewSessionId();
            ParentSession.set(VaadinSession.getCurrent().getSession(), invitationId);
            UI.getCurrent().navigate(EnquiryAnswerView.class);
        } catch (Unavailable e) {
            code.setErrorMessage(getTranslation("enquiries.unavailable.text"));
            code.setInvalid(true);
        } catch (ParentAnswerService.LinkClosed e) {
            EnquiryClosedView.open(UI.getCurrent(), e.reason());
        } catch (BusinessException e) {
            code.setErrorMessage(getTranslation(e.messageKey(), e.args()));
            code.setInvalid(true);
        }
    }

    /**
     * A new session id before the session is bound to an invitation, so that an id planted earlier (session
     * fixation) is worth nothing. The servlet container keeps the session's attributes (Vaadin's included).
     */
    private static void renewSessionId() {
        if (VaadinRequest.getCurrent() instanceof com.vaadin.flow.server.VaadinServletRequest request) {
            request.getHttpServletRequest().changeSessionId();
        }
    }

    /** The client's address, used only in memory for throttling; never stored with answers. */
    private static String clientKey() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null || request.getRemoteAddr() == null ? "unknown" : request.getRemoteAddr();
    }

    static String languageName(String code) {
        return switch (code) {
            case "sv" -> "Svenska";
            case "en" -> "English";
            case "ar" -> "العربية";
            case "so" -> "Soomaali";
            case "ti" -> "ትግርኛ";
            case "fa" -> "فارسی";
            default -> code;
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("enquiries.code.title");
    }
}
