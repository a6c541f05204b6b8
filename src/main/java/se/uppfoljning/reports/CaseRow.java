package se.uppfoljning.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One pseudonymous case as the report sees it. Categories are the report's own enums, mapped by the caller.
 *
 * @param grade 4 to 9
 * @param dropoutReason only for {@link Status#DROPPED_OUT}, else null
 * @param knowledgeGoals at case end; null if not recorded
 * @param eligibleUpperSecondary grade 9 only; null if not known or not grade 9
 * @param interventionCost in SEK; null if not recorded
 * @param endDate null while active
 */
public record CaseRow(long caseId, String caseCode, String project, String district, String school, int grade,
                      Gender gender, Status status, DropoutReason dropoutReason, KnowledgeGoals knowledgeGoals,
                      Boolean eligibleUpperSecondary, BigDecimal interventionCost, LocalDate startDate,
                      LocalDate endDate) {

    public static final int MIN_GRADE = 4;
    public static final int MAX_GRADE = 9;

    /** Gender as recorded for the ESF gender breakdown. */
    public enum Gender {
        GIRL, BOY, OTHER, NOT_STATED
    }

    public enum Status {
        ACTIVE, COMPLETED, DROPPED_OUT
    }

    public enum DropoutReason {
        MOVED, CHANGED_SCHOOL, FAMILY_DECLINED, OTHER_SUPPORT, OTHER
    }

    public enum KnowledgeGoals {
        ALL_MET, MOST_MET, FEW_MET, NOT_ASSESSED
    }

    public CaseRow {
        Objects.requireNonNull(caseCode, "caseCode");
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(gender, "gender");
        Objects.requireNonNull(status, "status");
        if (grade < MIN_GRADE || grade > MAX_GRADE) {
            throw new IllegalArgumentException("Grade must be " + MIN_GRADE + "-" + MAX_GRADE + ": " + grade);
        }
        district = district == null ? "" : district;
        if (status != Status.DROPPED_OUT) {
            dropoutReason = null;
        } else if (dropoutReason == null) {
            dropoutReason = DropoutReason.OTHER;
        }
    }

    public boolean ended() {
        return status != Status.ACTIVE;
    }
}
