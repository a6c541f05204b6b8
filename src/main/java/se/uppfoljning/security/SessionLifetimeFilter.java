package se.uppfoljning.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import se.uppfoljning.audit.AuditTrail;

/**
 * Ends sessions that are too old or idle, for staff and parents alike, before Spring Security reads the login
 * from the session. Two limits, both from {@link SecurityProperties}:
 * <ul>
 * <li>absolute: a session lives at most {@code absoluteSessionTimeout} (8 h) from its first request, however busy;</li>
 * <li>idle: at most {@code idleSessionTimeout} (30 min) without a request from the user. Vaadin's heartbeat
 * ({@code ?v-r=heartbeat}, every 5 minutes while a tab is open) does not count: it keeps the container's own
 * session alive forever, so {@code server.servlet.session.timeout} alone never ends the session of a forgotten
 * open tab.</li>
 * </ul>
 * The times are session attributes stamped from the injected {@link Clock}, so tests can move time. The session
 * id changes at login ({@code changeSessionId}); attributes move along, so the absolute limit counts from the
 * first request of the browser session, never from a later point an attacker could choose.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class SessionLifetimeFilter extends OncePerRequestFilter {

    static final String STARTED = "uppfoljning.session.started";
    static final String LAST_ACTIVE = "uppfoljning.session.last-active";
    private final Duration absolute;
    private final Duration idle;
    private final Clock clock;
    private final Expiries expiries;

    /** Told about every staff session that was ended, with the user name and "absolute" or "idle". */
    @FunctionalInterface
    interface Expiries {
        void expired(String username, String reason);
    }

    @Autowired
    SessionLifetimeFilter(SecurityProperties properties, Clock clock, AuditTrail audit) {
        this(properties.absoluteSessionTimeout(), properties.idleSessionTimeout(), clock,
                (user, reason) -> audit.record(user, "SESSION_EXPIRED", null, reason));
    }

    SessionLifetimeFilter(Duration absolute, Duration idle, Clock clock, Expiries expiries) {
        this.absolute = absolute;
        this.idle = idle;
        this.clock = clock;
        this.expiries = expiries;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean heartbeat = isHeartbeat(request);
        HttpSession session = request.getSession(false);
        if (session != null) {
            check(session, heartbeat);
        }
        chain.doFilter(request, response);
        // A session created by this request (first page, login) gets its start time now.
        HttpSession created = request.getSession(false);
        if (created != null) {
            try {
                if (created.getAttribute(STARTED) == null) {
                    Instant now = clock.instant();
                    created.setAttribute(STARTED, now);
                    created.setAttribute(LAST_ACTIVE, now);
                }
            } catch (IllegalStateException invalidatedMeanwhile) {
                // logged out during the request: nothing to stamp
            }
        }
    }

    private void check(HttpSession session, boolean heartbeat) {
        Instant now = clock.instant();
        try {
            Instant started = (Instant) session.getAttribute(STARTED);
            Instant lastActive = (Instant) session.getAttribute(LAST_ACTIVE);
            if (started == null) {
                return;
            }
            String reason = expired(started, lastActive == null ? started : lastActive, now);
            if (reason != null) {
                String user = userOf(session);
                session.invalidate();
                if (user != null) {
                    expiries.expired(user, reason);
                }
                return;
            }
            if (!heartbeat) {
                session.setAttribute(LAST_ACTIVE, now);
            }
        } catch (IllegalStateException alreadyInvalid) {
            // invalidated by another request or by SessionKiller; the chain sees no session
        }
    }

    /** "absolute" or "idle" if the session must end now, otherwise null. */
    String expired(Instant started, Instant lastActive, Instant now) {
        if (!now.isBefore(started.plus(absolute))) {
            return "absolute";
        }
        if (!now.isBefore(lastActive.plus(idle))) {
            return "idle";
        }
        return null;
    }

    /** Vaadin's keep-alive request; reading the query string never consumes a request body. */
    static boolean isHeartbeat(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query == null) {
            return false;
        }
        for (String part : query.split("&")) {
            if (part.equals("v-r=heartbeat")) {
                return true;
            }
        }
        return false;
    }

    private static String userOf(HttpSession session) {
        Object ctx = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        if (ctx instanceof SecurityContext sc && sc.getAuthentication() != null) {
            return sc.getAuthentication().getName();
        }
        return null;
    }
}
