package se.uppfoljning.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

public record ProjectListItem(long id, String programmeName, String name, LocalDate startDate, LocalDate endDate,
                              String phases, BigDecimal budget, int absenceThresholdPercent, int retentionMonths,
                              List<SchoolItem> schools, int version) {
}
