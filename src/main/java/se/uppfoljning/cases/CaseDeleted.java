package se.uppfoljning.cases;

/**
 * Published inside the deleting transaction, before the case row goes: every feature that holds data about
 * the case deletes it in the same transaction, so a deleted case leaves nothing behind.
 */
public record CaseDeleted(long caseId, String caseCode) {
}
