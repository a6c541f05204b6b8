package se.uppfoljning.focusgroups;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A focus-group session. Project, school and district are held by id: they belong to the cases feature. */
@Entity
@Table(name = "focusgroup_session")
class FocusGroupSession {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "project_id", updatable = false)
    private long projectId;
    @Column(name = "school_id")
    private Long schoolId;
    @Column(name = "district_id")
    private Long districtId;
    @Column(name = "held_on")
    private LocalDate heldOn;
    @Column(name = "guide_template_id")
    private String guideTemplateId;
    @Column(name = "guide_template_version")
    private Integer guideTemplateVersion;
    @Enumerated(EnumType.STRING)
    @Column(name = "session_type")
    private SessionType type = SessionType.FOCUS_GROUP;
    @Column(name = "occasion_month")
    private Integer occasionMonth;
    @Column(name = "consent_recorded")
    private boolean consentRecorded;
    @Enumerated(EnumType.STRING)
    private SessionStatus status = SessionStatus.DRAFT;
    @Column(name = "created_by", updatable = false)
    private String createdBy;
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "finalised_by")
    private String finalisedBy;
    @Column(name = "finalised_at")
    private Instant finalisedAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "focusgroup_participant_count", joinColumns = @JoinColumn(name = "session_id"))
    @MapKeyColumn(name = "participant_role")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "participant_count")
    private Map<ParticipantRole, Integer> participants = new HashMap<>();
    @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Note> notes = new ArrayList<>();
    @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Quote> quotes = new ArrayList<>();
    @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Amendment> amendments = new ArrayList<>();
    @Version
    private int version;

    protected FocusGroupSession() {
    }

    FocusGroupSession(long projectId, String createdBy, Instant now) {
        this.projectId = projectId;
        this.createdBy = createdBy;
        this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
        this.updatedAt = createdAt;
    }

    void apply(SessionData d, Long districtId) {
        this.schoolId = d.schoolId();
        this.districtId = districtId;
        this.heldOn = d.heldOn();
        this.guideTemplateId = d.guideTemplateId();
        this.guideTemplateVersion = d.guideTemplateId() == null ? null : d.guideTemplateVersion();
        this.consentRecorded = d.consentRecorded();
        this.type = d.type();
        this.occasionMonth = d.occasionMonth();
        participants.clear();
        d.participants().forEach((role, count) -> {
            if (count != null && count > 0) {
                participants.put(role, count);
            }
        });
    }

    /**
     * Marks the session as changed now. The new time makes the row dirty, so Hibernate's versioned update
     * raises the version even when only a note or quote changed.
     */
    void touch(Instant now) {
        Instant at = now.truncatedTo(ChronoUnit.MICROS);
        updatedAt = at.isAfter(updatedAt) ? at : updatedAt.plus(1, ChronoUnit.MICROS);
    }

    void finalise(String by, Instant now) {
        status = SessionStatus.FINAL;
        finalisedBy = by;
        finalisedAt = now.truncatedTo(ChronoUnit.MICROS);
        touch(now);
    }

    SessionData toData() {
        return new SessionData(projectId, schoolId, schoolId == null ? districtId : null, heldOn, guideTemplateId,
                guideTemplateVersion, Map.copyOf(participants), consentRecorded, type, occasionMonth);
    }

    Long getId() {
        return id;
    }

    long getProjectId() {
        return projectId;
    }

    Long getSchoolId() {
        return schoolId;
    }

    Long getDistrictId() {
        return districtId;
    }

    LocalDate getHeldOn() {
        return heldOn;
    }

    String getGuideTemplateId() {
        return guideTemplateId;
    }

    Integer getGuideTemplateVersion() {
        return guideTemplateVersion;
    }

    boolean isConsentRecorded() {
        return consentRecorded;
    }

    SessionStatus getStatus() {
        return status;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    SessionType getType() {
        return type;
    }

    Integer getOccasionMonth() {
        return occasionMonth;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    String getFinalisedBy() {
        return finalisedBy;
    }

    Instant getFinalisedAt() {
        return finalisedAt;
    }

    Map<ParticipantRole, Integer> getParticipants() {
        return participants;
    }

    List<Note> getNotes() {
        return notes;
    }

    List<Quote> getQuotes() {
        return quotes;
    }

    List<Amendment> getAmendments() {
        return amendments;
    }

    int getVersion() {
        return version;
    }
}
