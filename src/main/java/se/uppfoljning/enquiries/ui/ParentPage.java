package se.uppfoljning.enquiries.ui;

import com.vaadin.flow.component.Direction;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.PessimisticLockingFailureException;
import se.uppfoljning.base.BusinessException;
import se.uppfoljning.base.DatabaseOutage;
import se.uppfoljning.enquiries.ParentSession;
import se.uppfoljning.surveys.SurveyTemplate;

/**
 * Frame of every parent page: a main landmark, readable width, and the parent's language on the whole document
 * ({@code <html lang dir>}, locale for the bundles, document title). The language is the one chosen on a parent
 * page (kept in the session and in a preference cookie, so a parent whose session ended still reads their
 * language), else the browser's first of Swedish, English and Arabic, else Swedish.
 */
class ParentPage extends Main {

    /** Languages of the parent pages' own texts (the questionnaires may have more). */
    static final List<String> PAGE_LANGUAGES = List.of("sv", "en", "ar", "so", "fa", "ti");
    /** Preference cookie: only the language code, no identifier. Present once a parent chose a language. */
    static final String LANGUAGE_COOKIE = "uf-sprak";
    private static final Logger log = LoggerFactory.getLogger(ParentPage.class);

    ParentPage() {
        addClassName("parent-page");
        UI ui = UI.getCurrent();
        if (ui != null) {
            String language = initialLanguage();
            ui.setLocale(Locale.forLanguageTag(language));
            setDocumentLanguage(ui, language);
            markLanguage(language);
        }
    }

    /** The page's main landmark says its language too, so it is right even before the script has run. */
    void markLanguage(String language) {
        getElement().setAttribute("lang", language);
        getElement().setAttribute("dir", SurveyTemplate.isRightToLeft(language) ? "rtl" : "ltr");
    }

    /** Switches the page to a language and remembers it for this session and for the next visit. */
    static void applyLanguage(UI ui, String language) {
        ui.setLocale(Locale.forLanguageTag(language));
        setDocumentLanguage(ui, language);
        WrappedSession session = VaadinSession.getCurrent() == null ? null : VaadinSession.getCurrent().getSession();
        if (session != null) {
            ParentSession.setLanguage(session, language);
        }
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            Cookie cookie = new Cookie(LANGUAGE_COOKIE, language);
            cookie.setPath("/");
            cookie.setHttpOnly(true);
            cookie.setMaxAge(60 * 60 * 24 * 180);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
    }

    private static void setDocumentLanguage(UI ui, String language) {
        boolean rtl = SurveyTemplate.isRightToLeft(language);
        ui.setDirection(rtl ? Direction.RIGHT_TO_LEFT : Direction.LEFT_TO_RIGHT);
        ui.getPage().executeJs("document.documentElement.lang = $0; document.documentElement.dir = $1",
                language, rtl ? "rtl" : "ltr");
    }

    /** Sets the document title now (a view's dynamic title is read only when navigating). */
    static void setDocumentTitle(String title) {
        UI.getCurrent().getPage().setTitle(title);
    }

    static String initialLanguage() {
        VaadinSession vs = VaadinSession.getCurrent();
        String chosen = vs == null ? null : ParentSession.language(vs.getSession());
        if (chosen != null) {
            return chosen;
        }
        String cookie = languageCookie();
        if (cookie != null) {
            return cookie;
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null && request.getHeader("Accept-Language") != null) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(request.getHeader("Accept-Language"))) {
                    String lang = Locale.forLanguageTag(range.getRange()).getLanguage();
                    if (PAGE_LANGUAGES.contains(lang)) {
                        return lang;
                    }
                }
            } catch (IllegalArgumentException malformed) {
                // fall through to Swedish
            }
        }
        return "sv";
    }

    /** The language in the preference cookie, if it is a well-formed language code. */
    static String languageCookie() {
        VaadinRequest request = VaadinRequest.getCurrent();
        Cookie[] cookies = request == null ? null : request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (LANGUAGE_COOKIE.equals(c.getName()) && c.getValue() != null && c.getValue().matches("[a-z]{2,3}")) {
                    return c.getValue();
                }
            }
        }
        return null;
    }

    /**
     * Runs one service call for the parent. A transaction that lost a deadlock is run again (at most twice), as
     * InnoDB asks of its clients. While the database cannot be reached it throws {@link Unavailable}, which a
     * form shows next to its buttons ("try again in a moment") and a page shows as its calm outage page; the
     * form keeps what the parent filled in. Retrying is safe even if the database went away during a commit that
     * did go through: a repeated submit counts as done.
     */
    static <T> T withDatabase(String action, Supplier<T> call) {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.get();
            } catch (BusinessException e) {
                throw e;
            } catch (PessimisticLockingFailureException e) {
                if (attempt >= 3) {
                    throw e;
                }
                log.info("A parent's transaction lost a lock conflict when the parent {}; running it again", action);
            } catch (RuntimeException e) {
                if (!DatabaseOutage.isCause(e)) {
                    throw e;
                }
                Throwable root = e;
                for (int i = 0; i < 20 && root.getCause() != null && root.getCause() != root; i++) {
                    root = root.getCause();
                }
                log.warn("The database could not be reached when a parent {}: {}", action, root.toString());
                throw new Unavailable();
            }
        }
    }

    static void withDatabase(String action, Runnable call) {
        withDatabase(action, () -> {
            call.run();
            return null;
        });
    }

    /** The database cannot be reached: "try again in a moment", never an error id. */
    static final class Unavailable extends BusinessException {
        Unavailable() {
            super("enquiries.error.database-down");
        }
    }
}
