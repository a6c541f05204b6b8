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
import java.util.List;
import se.uppfoljning.base.BusinessException;
import se.uppfoljning.enquiries.ParentAnswerService;
import se.uppfoljning.enquiries.ParentSession;

/** /enkat: the parent types the code from a paper letter. No account, no personal data asked. */
@Route(value = "enkat", autoLayout = false)
@AnonymousAllowed
public class EnquiryCodeView extends ParentPage implements HasDynamicTitle {

    static final List<String> PAGE_LANGUAGES = List.of("sv", "en", "ar", "so", "fa", "ti");
    final Select<String> language = new Select<>();
    final TextField code = new TextField();
    final Button open = new Button();
    private final ParentAnswerService parents;

    public EnquiryCodeView(ParentAnswerService parents) {
        this.parents = parents;
        language.setLabel(getTranslation("enquiries.code.language"));
        language.setItems(PAGE_LANGUAGES);
        language.setItemLabelGenerator(EnquiryCodeView::languageName);
        language.setValue(PAGE_LANGUAGES.contains(UI.getCurrent().getLocale().getLanguage())
                ? UI.getCurrent().getLocale().getLanguage() : "sv");
        language.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                ParentPage.applyLanguage(UI.getCurrent(), e.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
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
        add(new H1(getTranslation("enquiries.code.title")), new Paragraph(getTranslation("enquiries.code.intro")),
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
            long invitationId = parents.openCode(code.getValue(), clientKey());
            VaadinSession session = VaadinSession.getCurrent();
            ParentSession.set(session.getSession(), invitationId);
            UI.getCurrent().navigate(EnquiryAnswerView.class);
        } catch (ParentAnswerService.LinkClosed e) {
            EnquiryClosedView.open(UI.getCurrent(), e.reason());
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
