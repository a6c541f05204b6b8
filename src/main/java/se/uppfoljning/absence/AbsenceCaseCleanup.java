package se.uppfoljning.absence;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.uppfoljning.cases.CaseDeleted;

/** Deletes a case's months inside the transaction that deletes the case, before the case row goes. */
@Component
class AbsenceCaseCleanup {

    private final MonthlyAbsenceRepository months;

    AbsenceCaseCleanup(MonthlyAbsenceRepository months) {
        this.months = months;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(CaseDeleted event) {
        months.deleteByCase(event.caseId());
    }
}
