package se.uppfoljning.cases;

/** A case as other features and views see it: pseudonym, where it belongs, its data and version. */
public record CaseDetails(long id, String caseCode, long projectId, String projectName, long schoolId,
                          String schoolName, long districtId, String districtName, CaseData data, int version) {
}
