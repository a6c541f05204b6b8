package se.uppfoljning.enquiries;

import java.time.Instant;

/** A freshly issued pupil code, shown once to the staff member who gives it to the pupil; only its hash is kept. */
public record IssuedPupilCode(long codeId, String caseCode, Wave wave, String code, Instant expiresAt) {
}
