package se.uppfoljning.enquiries;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import se.uppfoljning.surveys.ResponsePurpose;

/**
 * One one-time answer slot: a questionnaire of one case and wave that can be answered exactly once, through a
 * secret that is stored only as a hash, until it expires or is withdrawn. Parents' {@link Invitation}s and pupils'
 * {@link PupilCode}s are slots; {@link AnswerSlots} holds the answering flow over either. The columns here are
 * the same in both tables ({@code enquiry_invitation}, {@code enquiry_pupil_code}).
 */
@MappedSuperclass
abstract class AnswerSlot {

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

    protected AnswerSlot() {
    }

    AnswerSlot(long caseId, long projectId, long schoolId, Wave wave, String codeHash, String templateId,
               int templateVersion, Instant now, Instant expiresAt, String createdBy) {
        this.caseId = caseId;
        this.projectId = projectId;
        this.schoolId = schoolId;
        this.wave = wave;
        this.codeHash = codeHash;
        this.templateId = templateId;
        this.templateVersion = templateVersion;
        this.createdAt = now;
        this.expiresAt = expiresAt;
        this.createdBy = createdBy;
    }

    /** What the answers are for: {@link ResponsePurpose#ENQUIRY} (parents) or {@link ResponsePurpose#PUPIL}. */
    abstract ResponsePurpose purpose();

    /** The response's language when answers arrive before a language was chosen. */
    abstract String startLanguage();

    InvitationStatus status(Instant now) {
        return status(submittedAt, revokedAt, expiresAt, responseId, openedAt, now);
    }

    /** Submitted, withdrawn, expired, in progress, opened or invited, in that order of precedence. */
    static InvitationStatus status(Instant submittedAt, Instant revokedAt, Instant expiresAt, Long responseId,
                                   Instant openedAt, Instant now) {
        if (submittedAt != null) {
            return InvitationStatus.SUBMITTED;
        }
        if (revokedAt != null) {
            return InvitationStatus.REVOKED;
        }
        if (now.isAfter(expiresAt)) {
            return InvitationStatus.EXPIRED;
        }
        if (responseId != null) {
            return InvitationStatus.IN_PROGRESS;
        }
        return openedAt != null ? InvitationStatus.OPENED : InvitationStatus.INVITED;
    }

    Long getId() {
        return id;
    }

    long getCaseId() {
        return caseId;
    }

    long getProjectId() {
        return projectId;
    }

    long getSchoolId() {
        return schoolId;
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

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getSubmittedAt() {
        return submittedAt;
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
