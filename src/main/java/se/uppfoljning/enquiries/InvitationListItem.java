package se.uppfoljning.enquiries;

import java.time.Instant;

public record InvitationListItem(long id, long caseId, Wave wave, int guardianNo, String language,
                                 InvitationStatus status, Instant createdAt, Instant expiresAt) {
}
