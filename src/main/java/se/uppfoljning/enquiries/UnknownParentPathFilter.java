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
 * Unknown parent addresses get a real 404: without this, any {@code /enkat/...} path answered 200 with the
 * application page (a "soft 404"), and a mistyped link looked like a working page to the browser and to
 * crawlers. Known are the code page, the answer page, the closed-link page and 43-character link tokens; the
 * answer to anything else is a small page in the parent's language (preference cookie, else the browser's
 * Swedish, English or Arabic) pointing to the code page. Needs no database.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class UnknownParentPathFilter extends OncePerRequestFilter {

    private static final Set<String> ROUTES = Set.of("/enkat", "/enkat/", "/enkat/svar", "/enkat/stangd");
    private static final Pattern TOKEN = Pattern.compile("/enkat/[A-Za-z0-9_-]{43}");
    private static final Set<String> LANGUAGES = Set.of("sv", "en", "ar");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.startsWith("/enkat/") || ROUTES.contains(path) || TOKEN.matcher(path).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String lang = language(request);
        Locale locale = Locale.forLanguageTag(lang);
        String title = Translations.translate("enquiries.notfound.title", locale);
        String text = Translations.translate("enquiries.notfound.text", locale);
        String link = Translations.translate("enquiries.closed.code-link", locale);
        String html = """
                <!DOCTYPE html>
                <html lang="%s" dir="%s"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title><link rel="stylesheet" href="%s/styles.css"></head>
                <body><main class="parent-page"><h1 class="parent-title">%s</h1><p>%s</p>
                <p><a href="%s/enkat">%s</a></p></main></body></html>
                """.formatted(lang, "ar".equals(lang) ? "rtl" : "ltr", title, request.getContextPath(), title, text,
                request.getContextPath(), link);
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
