package se.uppfoljning.enquiries;

import java.time.Instant;

/**
 * A new invitation with its secrets in plain text. They exist only in this record, long enough to print the
 * letter; the database keeps hashes. Never log or store it.
 */
public record CreatedInvitation(long invitationId, String caseCode, Wave wave, int guardianNo, String language,
                                String link, String code, Instant expiresAt) {
}
