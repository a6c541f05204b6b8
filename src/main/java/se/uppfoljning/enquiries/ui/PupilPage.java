package se.uppfoljning.enquiries.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import java.util.List;

/**
 * Frame of the pupil pages (issue #16): the parent pages' frame ({@link ParentPage}: language on the whole
 * document, main landmark, calm outage handling) in the languages the pupil pages are written in. Holds the
 * session's pupil code id (never the code).
 */
class PupilPage extends ParentPage {

    /** Languages of the pupil pages' own texts ({@code pupils*.properties}). */
    static final List<String> PUPIL_LANGUAGES = List.of("sv", "en", "ar");
    static final String CODE_KEY = "uppfoljning.pupil.code";

    PupilPage() {
        addClassName("pupil-page");
        UI ui = UI.getCurrent();
        if (ui != null && !PUPIL_LANGUAGES.contains(ui.getLocale().getLanguage())) {
            ParentPage.applyLanguage(ui, "sv");
            markLanguage("sv");
        }
    }

    static Long codeId(WrappedSession session) {
        Object value = session == null ? null : session.getAttribute(CODE_KEY);
        return value instanceof Long id ? id : null;
    }

    static void setCodeId(long codeId) {
        VaadinSession.getCurrent().getSession().setAttribute(CODE_KEY, codeId);
    }

    static void clearCodeId() {
        VaadinSession.getCurrent().getSession().removeAttribute(CODE_KEY);
    }
}
