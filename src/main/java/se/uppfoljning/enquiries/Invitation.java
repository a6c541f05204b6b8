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

@Entity
@Table(name = "enquiry_invitation")
class Invitation {

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
    @Column(name = "guardian_no")
    private int guardianNo;
    @Column(name = "token_hash")
    private String tokenHash;
    @Column(name = "code_hash")
    private String codeHash;
    private String language;
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

    protected Invitation() {
    }

    Invitation(long caseId, long projectId, long schoolId, Wave wave, int guardianNo, String tokenHash,
               String codeHash, String language, String templateId, int templateVersion, Instant now,
               Instant expiresAt, String createdBy) {
        this.caseId = caseId;
        this.projectId = projectId;
        this.schoolId = schoolId;
        this.wave = wave;
        this.guardianNo = guardianNo;
        this.tokenHash = tokenHash;
        this.codeHash = codeHash;
        this.language = language;
        this.templateId = templateId;
        this.templateVersion = templateVersion;
        this.createdAt = now;
        this.expiresAt = expiresAt;
        this.createdBy = createdBy;
    }

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

    int getGuardianNo() {
        return guardianNo;
    }

    String getLanguage() {
        return language;
    }

    /** The family's language of the letter: {@code so} for a Somali or a Swedish+Somali ({@code sv+so}) letter. */
    String familyLanguage() {
        return language.substring(language.lastIndexOf('+') + 1);
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
