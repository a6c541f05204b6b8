package se.uppfoljning.cases;

import java.time.LocalDate;
import java.util.Set;

/**
 * Which cases a report covers: empty sets do not filter; a case counts if its period overlaps from..to.
 */
public record CaseSelection(Set<Long> projectIds, Set<Long> districtIds, Set<Long> schoolIds, LocalDate from,
                            LocalDate to) {
    public CaseSelection {
        projectIds = projectIds == null ? Set.of() : Set.copyOf(projectIds);
        districtIds = districtIds == null ? Set.of() : Set.copyOf(districtIds);
        schoolIds = schoolIds == null ? Set.of() : Set.copyOf(schoolIds);
    }
}
