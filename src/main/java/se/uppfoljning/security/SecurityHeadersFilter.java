package se.uppfoljning.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sets the security headers on every response, including Vaadin's bootstrap pages for public routes, which
 * do not pass Spring Security's header writer. Runs first, so later writers may only repeat the same values.
 * Pages and Vaadin's requests are never stored by browsers or proxies ({@code Cache-Control: no-store}): they
 * show case data or carry a parent's session. Files (a path whose last part has an extension, and Vaadin's
 * own resources) are left to their handlers, which may set their own caching.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityHeadersFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", SecurityConfig.CONTENT_SECURITY_POLICY);
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        if (!isStaticFile(request.getRequestURI())) {
            response.setHeader("Cache-Control", "no-store");
        }
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        chain.doFilter(request, response);
    }

    static boolean isStaticFile(String path) {
        if (path == null) {
            return false;
        }
        if (path.startsWith("/VAADIN/")) {
            return true;
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.contains(".");
    }
}
