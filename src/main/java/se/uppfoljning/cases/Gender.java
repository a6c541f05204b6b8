package se.uppfoljning.cases;

/** Gender as recorded for the ESF gender breakdown; never inferred. */
public enum Gender {
    GIRL, BOY, OTHER, NOT_STATED
}
