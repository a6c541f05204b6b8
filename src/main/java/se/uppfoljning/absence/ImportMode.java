package se.uppfoljning.absence;

/** How an import treats rejected rows. Either way the import is one transaction. */
public enum ImportMode {
    /** Import the valid rows, skip the rejected ones. */
    VALID_ROWS_ONLY,
    /** Import nothing if any row is rejected. */
    ALL_OR_NOTHING
}
