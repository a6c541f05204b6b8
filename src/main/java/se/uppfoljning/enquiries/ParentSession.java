package se.uppfoljning.enquiries;

import com.vaadin.flow.server.WrappedSession;

/** The one thing a parent's session holds: which invitation it answers. Not the token, not the code. */
public final class ParentSession {

    public static final String KEY = "uppfoljning.enquiry.invitation";

    private ParentSession() {
    }

    public static Long invitationId(WrappedSession session) {
        Object value = session == null ? null : session.getAttribute(KEY);
        return value instanceof Long id ? id : null;
    }

    public static void set(WrappedSession session, long invitationId) {
        session.setAttribute(KEY, invitationId);
    }

    public static void clear(WrappedSession session) {
        session.removeAttribute(KEY);
    }
}
