package se.uppfoljning.absence;

import java.util.Locale;

/** Why an imported row is refused. Each has a text {@code absence.import.reason.<kebab-name>} in the bundles. */
public enum Rejection {
    /** The row has fewer cells than the header, or filled cells beyond it. Args: expected, found. */
    WRONG_COLUMN_COUNT,
    /** A cell is empty. Args: column. */
    MISSING_VALUE,
    /** The case code is not well-formed or its check character is wrong. Args: the code as written. */
    MALFORMED_CASE_CODE,
    /** No such case, or one outside the importer's scope (same reason, so nothing leaks). Args: code. */
    UNKNOWN_CASE,
    /** The month is not written as 2026-01. Args: the month as written. */
    INVALID_MONTH,
    /** Before the case's start month or after its end month. Args: month, first, last (or empty). */
    MONTH_OUTSIDE_CASE_PERIOD,
    /** After the current month: its absence cannot be known yet. Args: month, the current month. */
    MONTH_IN_FUTURE,
    /** Args: column, the value as written. */
    NOT_A_NUMBER,
    /** Args: column. */
    NEGATIVE,
    /** More than two decimals. Args: column. */
    TOO_MANY_DECIMALS,
    /** More hours offered than {@link AbsenceData#MAX_OFFERED}. Args: the maximum. */
    OFFERED_TOO_HIGH,
    /** Unauthorised + authorised absence is more than the hours offered. */
    ABSENCE_EXCEEDS_OFFERED,
    /** Same case and month as an earlier row of the file. Args: the earlier line. */
    DUPLICATE_ROW,
    /**
     * A school reporter's file names a case of another school: the reporter reports its own school only
     * (issue #16). Args: code.
     */
    CASE_OF_OTHER_SCHOOL;

    public String messageKey() {
        return "absence.import.reason." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
