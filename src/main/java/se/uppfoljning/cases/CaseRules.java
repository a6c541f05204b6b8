package se.uppfoljning.cases;

import java.time.LocalDate;
import se.uppfoljning.base.BusinessException;

/**
 * The rules a case must satisfy, checked in this order: presence, ranges, dates, then meaning. Plain class so
 * the rules have fast unit tests; the service adds the checks that need the database.
 */
final class CaseRules {

    private CaseRules() {
    }

    static void check(CaseData d, LocalDate projectStart, LocalDate projectEnd) {
        require(d.projectId(), "projectId");
        require(d.schoolId(), "schoolId");
        require(d.grade(), "grade");
        require(d.gender(), "gender");
        require(d.startDate(), "startDate");
        require(d.status(), "status");
        if (d.grade() < CaseData.MIN_GRADE || d.grade() > CaseData.MAX_GRADE) {
            throw new BusinessException("grade", "cases.error.grade-range", CaseData.MIN_GRADE, CaseData.MAX_GRADE);
        }
        if (d.endDate() != null && d.endDate().isBefore(d.startDate())) {
            throw new BusinessException("endDate", "cases.error.end-before-start");
        }
        if (projectStart != null && (d.startDate().isBefore(projectStart) || d.startDate().isAfter(projectEnd))) {
            throw new BusinessException("startDate", "cases.error.start-outside-project", projectStart, projectEnd);
        }
        if (d.status() == CaseStatus.DROPPED_OUT && d.dropoutReason() == null) {
            throw new BusinessException("dropoutReason", "cases.error.dropout-reason-required");
        }
        if (d.status() != CaseStatus.ACTIVE && d.endDate() == null) {
            throw new BusinessException("endDate", "cases.error.end-required");
        }
        if (d.interventionCost() != null
                && (d.interventionCost().signum() < 0 || d.interventionCost().compareTo(CaseData.MAX_COST) > 0)) {
            throw new BusinessException("interventionCost", "cases.error.cost-range");
        }
    }

    private static void require(Object value, String field) {
        if (value == null) {
            throw new BusinessException(field, "base.error.required");
        }
    }
}
