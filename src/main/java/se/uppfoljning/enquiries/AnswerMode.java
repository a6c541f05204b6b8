package se.uppfoljning.enquiries;

/** How an enquiry answer arrived; stored with the submission and counted in the report's method section. */
public enum AnswerMode {
    /** The guardian answered on the web page (link or paper code). */
    WEB,
    /** Staff entered a returned paper questionnaire. */
    PAPER,
    /** Staff asked the questions on the telephone and entered the answers. */
    TELEPHONE
}
