package se.uppfoljning.base;

/**
 * Role names used in {@code @RolesAllowed} and {@code @PreAuthorize}. They live in base (not in security)
 * so that audit and other features can name them without depending on the security feature.
 */
public final class Roles {
    public static final String ADMIN = "ADMIN";
    public static final String COORDINATOR = "COORDINATOR";
    public static final String FACILITATOR = "FACILITATOR";
    public static final String EVALUATOR = "EVALUATOR";
    /** Reports one school's monthly absence; sees that school's cases only (issue #16). */
    public static final String SCHOOL_REPORTER = "SCHOOL_REPORTER";

    public static final java.util.List<String> ALL = java.util.List.of(ADMIN, COORDINATOR, FACILITATOR, EVALUATOR,
            SCHOOL_REPORTER);

    private Roles() {
    }
}
