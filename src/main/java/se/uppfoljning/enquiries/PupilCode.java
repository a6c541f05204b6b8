package se.uppfoljning.enquiries;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import se.uppfoljning.surveys.ResponsePurpose;

/**
 * A pupil's one-time code for one case and wave (issue #16): the pupil's counterpart of an {@link Invitation},
 * without link, letter or guardian number, and tied to the consent it was issued under. Its status follows
 * the same rule ({@link AnswerSlot#status}).
 */
@Entity
@Table(name = "enquiry_pupil_code")
class PupilCode extends AnswerSlot {

    @Column(name = "consent_id")
    private long consentId;

    protected PupilCode() {
    }

    PupilCode(long caseId, long projectId, long schoolId, Wave wave, String codeHash, String templateId,
              int templateVersion, long consentId, Instant now, Instant expiresAt, String createdBy) {
        super(caseId, projectId, schoolId, wave, codeHash, templateId, templateVersion, now, expiresAt, createdBy);
        this.consentId = consentId;
    }

    @Override
    ResponsePurpose purpose() {
        return ResponsePurpose.PUPIL;
    }

    /** Pupils' answers start in Swedish until the pupil chooses. */
    @Override
    String startLanguage() {
        return "sv";
    }
}
