package se.uppfoljning.reports;

/**
 * Key numbers the sections hand to the plain-language summary. Only numbers that a section actually published
 * (after suppression) are set; null means "not shown", and the summary then leaves the sentence out.
 */
final class ReportFindings {
    Long cases;
    Double girlsShare;
    Double boysShare;
    Double completionRate;
    Integer attendancePairs;
    Double attendanceStart;
    Double attendanceEnd;
    Double attendanceChange;
    Double attendanceP;
    Double responseStart;
    Double responseEnd;
    int pairedItems;
    int pairedItemsSignificant;
    Double eligibleShare;
    int focusGroupSessions;
}
