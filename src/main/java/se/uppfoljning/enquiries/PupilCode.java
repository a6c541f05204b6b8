package se.uppfoljning.enquiries;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A pupil's one-time code for one case and wave (issue #16): the pupil's counterpart of an {@link Invitation},
 * without link, letter or guardian number, and tied to the consent it was issued under. Its status follows
 * the invitation's rule ({@link Invitation#status}).
 */
@Entity
@Table(name = "enquiry_pupil_code")
class PupilCode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_id")
    private long caseId;
    @Column(name = "project_id")
    private long projectId;
    @Column(name = "school_id")
    private long schoolId;
    @Enumerated(EnumType.STRING)
    private Wave wave;
    @Column(name = "code_hash")
    private String codeHash;
    @Column(name = "template_id")
    private String templateId;
    @Column(name = "template_version")
    private int templateVersion;
    @Column(name = "consent_id")
    private long consentId;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "expires_at")
    private Instant expiresAt;
    @Column(name = "opened_at")
    private Instant openedAt;
    @Column(name = "revoked_at")
    private Instant revokedAt;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "response_id")
    private Long responseId;
    @Version
    private int version;

    protected PupilCode() {
    }

    PupilCode(long caseId, long projectId, long schoolId, Wave wave, String codeHash, String templateId,
              int templateVersion, long consentId, Instant now, Instant expiresAt, String createdBy) {
        this.caseId = caseId;
        this.projectId = projectId;
        this.schoolId = schoolId;
        this.wave = wave;
        this.codeHash = codeHash;
        this.templateId = templateId;
        this.templateVersion = templateVersion;
        this.consentId = consentId;
        this.createdAt = now;
        this.expiresAt = expiresAt;
        this.createdBy = createdBy;
    }

    InvitationStatus status(Instant now) {
        return Invitation.status(submittedAt, revokedAt, expiresAt, responseId, openedAt, now);
    }

    Long getId() {
        return id;
    }

    long getCaseId() {
        return caseId;
    }

    Wave getWave() {
        return wave;
    }

    String getTemplateId() {
        return templateId;
    }

    int getTemplateVersion() {
        return templateVersion;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    Long getResponseId() {
        return responseId;
    }

    void setResponseId(Long responseId) {
        this.responseId = responseId;
    }

    void markOpened(Instant now) {
        if (openedAt == null) {
            openedAt = now;
        }
    }

    void revoke(Instant now) {
        this.revokedAt = now;
    }

    void markSubmitted(Instant now) {
        this.submittedAt = now;
    }
}
