package se.uppfoljning.focusgroups;

/** What an amendment to a finalised session changed. */
public enum AmendmentChange {
    SESSION_UPDATED, NOTE_ADDED, NOTE_UPDATED, NOTE_DELETED, QUOTE_ADDED, QUOTE_UPDATED, QUOTE_DELETED
}
