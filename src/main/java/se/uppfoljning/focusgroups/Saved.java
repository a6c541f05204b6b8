package se.uppfoljning.focusgroups;

import java.time.Instant;

/**
 * The answer to every edit of a session: the id of the note or quote saved (null for deletions and session
 * changes), the session's new version (pass it with the next edit) and when it was saved.
 */
public record Saved(Long itemId, int sessionVersion, Instant savedAt) {
}
