package se.uppfoljning.ratings;

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
import java.time.LocalDate;

@Entity
@Table(name = "rating_entry")
class RatingEntry {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_id")
    private long caseId;
    @Enumerated(EnumType.STRING)
    private Timepoint timepoint;
    @Column(name = "rated_on")
    private LocalDate ratedOn;
    @Column(name = "template_id")
    private String templateId;
    @Column(name = "template_version")
    private int templateVersion;
    @Column(name = "response_id")
    private long responseId;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "updated_by")
    private String updatedBy;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private int version;

    protected RatingEntry() {
    }

    RatingEntry(long caseId, Timepoint timepoint, LocalDate ratedOn, String templateId, int templateVersion,
                long responseId, String actor, Instant now) {
        this.caseId = caseId;
        this.timepoint = timepoint;
        this.ratedOn = ratedOn;
        this.templateId = templateId;
        this.templateVersion = templateVersion;
        this.responseId = responseId;
        this.createdBy = actor;
        this.updatedBy = actor;
        this.updatedAt = now;
    }

    Long getId() {
        return id;
    }

    long getCaseId() {
        return caseId;
    }

    Timepoint getTimepoint() {
        return timepoint;
    }

    LocalDate getRatedOn() {
        return ratedOn;
    }

    String getTemplateId() {
        return templateId;
    }

    int getTemplateVersion() {
        return templateVersion;
    }

    long getResponseId() {
        return responseId;
    }

    int getVersion() {
        return version;
    }

    String getUpdatedBy() {
        return updatedBy;
    }

    void replaced(long newResponseId, LocalDate ratedOn, String actor, Instant now) {
        this.responseId = newResponseId;
        this.ratedOn = ratedOn;
        this.updatedBy = actor;
        this.updatedAt = now;
    }
}
