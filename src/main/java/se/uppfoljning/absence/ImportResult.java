package se.uppfoljning.absence;

/** What an import did: months created and updated, rows skipped because they were rejected. */
public record ImportResult(int created, int updated, int skipped) {
}
