package se.uppfoljning.cases;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a coordinator enters about a case. No names or personal numbers: there is no field for them. */
public record CaseData(Long projectId, Long schoolId, Integer grade, Gender gender, LocalDate startDate,
                       LocalDate endDate, CaseStatus status, DropoutReason dropoutReason,
                       KnowledgeGoals knowledgeGoals, Boolean eligibleUpperSecondary, BigDecimal interventionCost) {

    public static final int MIN_GRADE = 4;
    public static final int MAX_GRADE = 9;
    public static final BigDecimal MAX_COST = new BigDecimal("10000000");

    public static CaseData empty() {
        return new CaseData(null, null, null, Gender.NOT_STATED, null, null, CaseStatus.ACTIVE, null, null, null, null);
    }
}
