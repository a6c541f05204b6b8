package se.uppfoljning.cases;

/** Where a case stands. DROPPED_OUT is an unplanned end and needs a reason. */
public enum CaseStatus {
    ACTIVE, COMPLETED, DROPPED_OUT
}
