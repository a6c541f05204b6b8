package se.uppfoljning.reports;

/** When a parent enquiry was sent: at the start or at the end of the case. */
public enum EnquiryWave {
    START, END
}
