package se.uppfoljning.enquiries;

/** Whether a case has submitted answers at START, at END, both (usable in paired analysis) or neither. */
public enum PairedStatus {
    NONE, START_ONLY, END_ONLY, BOTH
}
