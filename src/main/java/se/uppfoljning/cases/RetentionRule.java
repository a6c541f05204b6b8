package se.uppfoljning.cases;

import java.time.LocalDate;

/**
 * When a project's data must go: {@code retentionMonths} after the project's end date. On the deadline itself
 * the data is still kept; from the day after it is deleted. Month arithmetic clamps to the month's last day
 * (31 January + 1 month = 28/29 February). Plain class, no Spring.
 */
final class RetentionRule {

    private RetentionRule() {
    }

    static LocalDate deadline(LocalDate projectEnd, int retentionMonths) {
        return projectEnd.plusMonths(retentionMonths);
    }

    static boolean expired(LocalDate projectEnd, int retentionMonths, LocalDate today) {
        return today.isAfter(deadline(projectEnd, retentionMonths));
    }
}
