package se.uppfoljning.cases;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The one way a case is deleted, whether an administrator deletes it or retention does: first
 * {@link CaseDeleted} (every feature deletes its rows about the case, synchronously, in the caller's
 * transaction), then the case row. Callers check access and write the audit entry.
 */
@Component
class CaseRemover {

    private final PupilCaseRepository cases;
    private final ApplicationEventPublisher events;

    CaseRemover(PupilCaseRepository cases, ApplicationEventPublisher events) {
        this.cases = cases;
        this.events = events;
    }

    void remove(PupilCase c) {
        events.publishEvent(new CaseDeleted(c.getId(), c.getCaseCode()));
        cases.delete(c);
    }
}
