package se.uppfoljning.focusgroups;

/** The groups a focus-group participant is counted in. Participants are counted, never named. */
public enum ParticipantRole {
    PARENT, SCHOOL_STAFF, BUP, SOCIAL_SERVICES, PROJECT_STAFF
}
