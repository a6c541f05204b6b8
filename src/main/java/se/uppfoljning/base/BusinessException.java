package se.uppfoljning.base;

/**
 * An expected failure the user can act on. Carries an i18n key (and arguments) instead of a text, so the
 * view shows it in the user's language, next to the field when {@link #field()} names one.
 */
public class BusinessException extends RuntimeException {

    private final String messageKey;
    private final String field;
    private final transient Object[] args;

    public BusinessException(String messageKey, Object... args) {
        this(null, messageKey, args);
    }

    public BusinessException(String field, String messageKey, Object... args) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The form field the failure belongs to, or null for the form as a whole. */
    public String field() {
        return field;
    }

    public Object[] args() {
        return args;
    }
}
