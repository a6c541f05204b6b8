package se.uppfoljning.reports;

/** Who took part in a focus group. */
public enum ParticipantRole {
    PARENT, SCHOOL_STAFF, BUP, SOCIAL_SERVICES, PROJECT_STAFF
}
