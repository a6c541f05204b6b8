package se.uppfoljning.cases;

/** Reason category of an unplanned dropout. */
public enum DropoutReason {
    MOVED, CHANGED_SCHOOL, FAMILY_DECLINED, OTHER_SUPPORT, OTHER
}
