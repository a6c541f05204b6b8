package se.uppfoljning.focusgroups;

/** What merging one code into another did: notes and quotes moved to the remaining code. */
public record MergeResult(long keptCodeId, int notesRetagged, int quotesRetagged) {
}
