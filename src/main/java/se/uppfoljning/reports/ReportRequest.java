package se.uppfoljning.reports;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import se.uppfoljning.base.BusinessException;

/**
 * What an evaluator asks for: empty sets mean "all in my scope"; the period selects cases whose support
 * overlaps it and the months, answers and sessions inside it.
 */
public record ReportRequest(Set<Long> projectIds, Set<Long> districtIds, Set<Long> schoolIds, LocalDate from,
                            LocalDate to, Locale language) {

    public ReportRequest {
        projectIds = projectIds == null ? Set.of() : Set.copyOf(projectIds);
        districtIds = districtIds == null ? Set.of() : Set.copyOf(districtIds);
        schoolIds = schoolIds == null ? Set.of() : Set.copyOf(schoolIds);
        language = language == null ? Locale.forLanguageTag("sv") : language;
    }

    void validate() {
        if (from == null) {
            throw new BusinessException("from", "base.error.required");
        }
        if (to == null) {
            throw new BusinessException("to", "base.error.required");
        }
        if (to.isBefore(from)) {
            throw new BusinessException("to", "reports.request.error.period");
        }
    }
}
