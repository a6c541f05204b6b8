package se.uppfoljning.focusgroups;

/** A code with the number of notes and quotes tagged with it. */
public record CodeItem(long id, long projectId, String name, String description, int usage, int version) {
}
