package se.uppfoljning.absence;

/** What importing a previewed row would do. */
public enum RowStatus {
    /** A month not stored yet. */
    NEW,
    /** Replaces the month already stored for the case. */
    UPDATE,
    /** Refused; see the reasons. */
    REJECTED
}
