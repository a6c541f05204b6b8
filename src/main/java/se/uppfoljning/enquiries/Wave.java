package se.uppfoljning.enquiries;

/** Measurement occasion of a parent enquiry: at the start of the support and at its end. */
public enum Wave {
    START, END
}
