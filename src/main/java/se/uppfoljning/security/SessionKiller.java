package se.uppfoljning.security;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Keeps track of the open HTTP sessions so that disabling an account or resetting its password ends that
 * staff member's sessions immediately, not at their next idle timeout, and changing one's own password ends
 * one's other sessions (a password someone else may know stops working everywhere at once).
 */
@Component
class SessionKiller implements HttpSessionListener {

    private final Set<HttpSession> sessions = ConcurrentHashMap.newKeySet();

    @Override
    public void sessionCreated(HttpSessionEvent se) {
        sessions.add(se.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent se) {
        sessions.remove(se.getSession());
    }

    int expireSessionsOf(String username) {
        return expireSessionsOf(username, null);
    }

    /** Ends the user's sessions except the one with id {@code keepSessionId} (null: all of them). */
    int expireSessionsOf(String username, String keepSessionId) {
        int count = 0;
        for (HttpSession session : Set.copyOf(sessions)) {
            try {
                if (session.getId().equals(keepSessionId)) {
                    continue;
                }
                Object ctx = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
                if (ctx instanceof SecurityContext sc && sc.getAuthentication() != null
                        && username.equalsIgnoreCase(sc.getAuthentication().getName())) {
                    session.invalidate();
                    count++;
                }
            } catch (IllegalStateException alreadyInvalid) {
                sessions.remove(session);
            }
        }
        return count;
    }

    /** The open session with this id, if any (diagnostics and the session tests). */
    Optional<HttpSession> find(String sessionId) {
        for (HttpSession session : Set.copyOf(sessions)) {
            try {
                if (session.getId().equals(sessionId)) {
                    return Optional.of(session);
                }
            } catch (IllegalStateException alreadyInvalid) {
                sessions.remove(session);
            }
        }
        return Optional.empty();
    }
}
