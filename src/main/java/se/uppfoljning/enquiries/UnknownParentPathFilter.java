package se.uppfoljning.enquiries;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import se.uppfoljning.base.i18n.Translations;

/**
 * Unknown parent and pupil addresses get a real 404: without this, any {@code /enkat/...} or {@code /elev/...} path
 * answered 200 with the application page (a "soft 404"), and a mistyped link looked like a working page to the
 * browser and to crawlers. Known parent pages are the code page, the answer page, the closed-link page and
 * 43-character link tokens; known pupil pages (issue #16) the code page {@code /elev}, {@code /elev/svar} and
 * {@code /elev/stangd} (pupils have no link tokens). The answer to anything else is a small page in the reader's
 * language (preference cookie, else the browser's Swedish, English or Arabic) pointing to the code page of the same
 * area, with the pupils' easy-read texts under {@code /elev/}. Needs no database.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class UnknownParentPathFilter extends OncePerRequestFilter {

    private static final Set<String> ROUTES = Set.of("/enkat", "/enkat/", "/enkat/svar", "/enkat/stangd");
    private static final Set<String> PUPIL_ROUTES = Set.of("/elev", "/elev/", "/elev/svar", "/elev/stangd");
    private static final Pattern TOKEN = Pattern.compile("/enkat/[A-Za-z0-9_-]{43}");
    private static final Set<String> LANGUAGES = Set.of("sv", "en", "ar");
    /**
     * This page is served without Vaadin, so without the Lumo theme: the Lumo variables that {@code styles.css} uses
     * for parent pages (Lumo's own values) and Lumo's base font, so that it looks like the other parent pages instead
     * of the browser's bare default. Inline styles are allowed by the CSP ({@code style-src 'unsafe-inline'}).
     */
    private static final String BASE_STYLE = ":root{--lumo-space-xs:.25rem;--lumo-space-s:.5rem;--lumo-space-m:1rem;"
            + "--lumo-font-size-s:.875rem;--lumo-font-size-m:1rem;--lumo-font-size-l:1.125rem;"
            + "--lumo-font-size-xl:1.375rem;--lumo-body-text-color:hsla(214,40%,16%,.94);"
            + "--lumo-secondary-text-color:hsla(214,42%,18%,.69);--lumo-primary-text-color:hsl(214,90%,43%)}"
            + "body{margin:0;font-family:-apple-system,BlinkMacSystemFont,Roboto,'Segoe UI',Helvetica,Arial,sans-serif;"
            + "font-size:var(--lumo-font-size-m);line-height:1.625;color:var(--lumo-body-text-color);"
            + "-webkit-text-size-adjust:100%}a{color:var(--lumo-primary-text-color)}";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/elev/")) {
            return PUPIL_ROUTES.contains(path);
        }
        return !path.startsWith("/enkat/") || ROUTES.contains(path) || TOKEN.matcher(path).matches();
    }

    private static boolean pupilPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length()).startsWith("/elev/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String lang = language(request);
        Locale locale = Locale.forLanguageTag(lang);
        boolean pupil = pupilPath(request);
        String title = Translations.translate(pupil ? "pupils.notfound.title" : "enquiries.notfound.title", locale);
        String text = Translations.translate(pupil ? "pupils.notfound.text" : "enquiries.notfound.text", locale);
        String link = Translations.translate(pupil ? "pupils.closed.back" : "enquiries.closed.code-link", locale);
        String home = pupil ? "/elev" : "/enkat";
        String html = """
                <!DOCTYPE html>
                <html lang="%s" dir="%s"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title><style>%s</style><link rel="stylesheet" href="%s/styles.css"></head>
                <body><main class="parent-page"><h1 class="parent-title">%s</h1><p>%s</p>
                <p><a href="%s%s">%s</a></p></main></body></html>
                """.formatted(lang, "ar".equals(lang) ? "rtl" : "ltr", title, BASE_STYLE, request.getContextPath(), title,
                text, request.getContextPath(), home, link);
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
    }

    private static String language(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie c : request.getCookies()) {
                if ("uf-sprak".equals(c.getName()) && LANGUAGES.contains(c.getValue())) {
                    return c.getValue();
                }
            }
        }
        String header = request.getHeader("Accept-Language");
        if (header != null) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                    String l = Locale.forLanguageTag(range.getRange()).getLanguage();
                    if (LANGUAGES.contains(l)) {
                        return l;
                    }
                }
            } catch (IllegalArgumentException malformed) {
                // Swedish
            }
        }
        return "sv";
    }
}
