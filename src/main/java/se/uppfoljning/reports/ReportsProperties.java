package se.uppfoljning.reports;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param minCellSize counts from fewer cases than this are suppressed
 * @param minCellSizeOutcomesBySchool the stricter limit for outcome indicators per school
 */
@ConfigurationProperties("uppfoljning.reports")
public record ReportsProperties(@DefaultValue("5") int minCellSize, @DefaultValue("10") int minCellSizeOutcomesBySchool) {
}
