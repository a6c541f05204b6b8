package se.uppfoljning.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * A project as an administrator edits it.
 *
 * @param phases free text such as "Uppstart 2025-08; Genomförande 2026-01; Avslut 2027-06"
 * @param absenceThresholdPercent share of unauthorised absence counted as problematic (default 20)
 * @param retentionMonths months after the project's end after which answers are deleted
 */
public record ProjectData(String name, LocalDate startDate, LocalDate endDate, String phases, BigDecimal budget,
                          int absenceThresholdPercent, int retentionMonths, Set<Long> schoolIds) {
    public static final int NAME_MAX_LENGTH = 200;
    public static final int PHASES_MAX_LENGTH = 1000;
}
