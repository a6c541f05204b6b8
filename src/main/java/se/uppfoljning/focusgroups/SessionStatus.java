package se.uppfoljning.focusgroups;

/** A draft is saved on every edit; a final session changes only through amendments with a reason. */
public enum SessionStatus {
    DRAFT, FINAL
}
