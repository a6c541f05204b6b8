package se.uppfoljning.cases;

/** Optional narrowing of the case list; null fields do not filter. {@code codePrefix} matches the pseudonym. */
public record CaseFilter(Long projectId, Long schoolId, CaseStatus status, String codePrefix) {

    public static CaseFilter none() {
        return new CaseFilter(null, null, null, null);
    }
}
