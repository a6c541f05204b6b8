package se.uppfoljning.enquiries;

/** Where an invitation stands, derived from its timestamps (a later state wins). */
public enum InvitationStatus {
    INVITED, OPENED, IN_PROGRESS, SUBMITTED, EXPIRED, REVOKED
}
