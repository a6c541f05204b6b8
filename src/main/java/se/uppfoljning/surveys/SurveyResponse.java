package se.uppfoljning.surveys;

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
@Table(name = "survey_response")
class SurveyResponse {

    enum Status { DRAFT, SUBMITTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "template_id")
    private String templateId;
    @Column(name = "template_version")
    private int templateVersion;
    @Enumerated(EnumType.STRING)
    private ResponsePurpose purpose;
    @Column(name = "case_id")
    private Long caseId;
    private String wave;
    private String language;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "started_at")
    private Instant startedAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Version
    private int version;

    protected SurveyResponse() {
    }

    SurveyResponse(SurveyTemplate template, ResponsePurpose purpose, Long caseId, String wave, String language,
                   Instant now) {
        this.templateId = template.id();
        this.templateVersion = template.version();
        this.purpose = purpose;
        this.caseId = caseId;
        this.wave = wave;
        this.language = language;
        this.status = Status.DRAFT;
        this.startedAt = now;
        this.updatedAt = now;
    }

    Long getId() {
        return id;
    }

    String getTemplateId() {
        return templateId;
    }

    int getTemplateVersion() {
        return templateVersion;
    }

    boolean isSubmitted() {
        return status == Status.SUBMITTED;
    }

    /** Marks a save; the time always moves on, so the row is written and its version goes up. */
    void touch(Instant now) {
        this.updatedAt = now.isAfter(updatedAt) ? now : updatedAt.plusNanos(1000);
    }

    int getVersion() {
        return version;
    }

    void submit(Instant now) {
        this.status = Status.SUBMITTED;
        this.submittedAt = now;
        this.updatedAt = now;
    }

    void setLanguage(String language) {
        this.language = language;
    }

    ResponseInfo toInfo() {
        return new ResponseInfo(id, templateId, templateVersion, purpose, caseId, wave, language, isSubmitted(),
                startedAt, updatedAt, submittedAt);
    }
}
