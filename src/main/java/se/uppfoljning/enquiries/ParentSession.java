package se.uppfoljning.enquiries;

import com.vaadin.flow.server.WrappedSession;

/**
 * What a parent's session holds: which invitation it answers and the language chosen. Not the code. The link
 * token only while the database cannot be reached ({@link #PENDING_TOKEN}), so that reloading the page opens
 * the questionnaire once it is back; it is removed as soon as it has been exchanged.
 */
public final class ParentSession {

    public static final String KEY = "uppfoljning.enquiry.invitation";
    public static final String LANGUAGE = "uppfoljning.enquiry.language";
    public static final String PENDING_TOKEN = "uppfoljning.enquiry.pending-token";

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

    /** The link token the parent opened while the database was away, or null. */
    public static String pendingToken(WrappedSession session) {
        Object value = session == null ? null : session.getAttribute(PENDING_TOKEN);
        return value instanceof String token ? token : null;
    }

    public static void clearPendingToken(WrappedSession session) {
        session.removeAttribute(PENDING_TOKEN);
    }

    /** The language the parent chose on a parent page (sv, en, ar, ...), or null. */
    public static String language(WrappedSession session) {
        Object value = session == null ? null : session.getAttribute(LANGUAGE);
        return value instanceof String language ? language : null;
    }

    public static void setLanguage(WrappedSession session, String language) {
        session.setAttribute(LANGUAGE, language);
    }
}
