package se.uppfoljning.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;

@Entity
@Table(name = "case_pupil_case")
class PupilCase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_code", updatable = false)
    private String caseCode;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "project_id")
    private Project project;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "school_id")
    private School school;
    private int grade;
    @Enumerated(EnumType.STRING)
    private Gender gender;
    @Column(name = "start_date")
    private LocalDate startDate;
    @Column(name = "end_date")
    private LocalDate endDate;
    @Enumerated(EnumType.STRING)
    private CaseStatus status;
    @Enumerated(EnumType.STRING)
    @Column(name = "dropout_reason")
    private DropoutReason dropoutReason;
    @Enumerated(EnumType.STRING)
    @Column(name = "knowledge_goals")
    private KnowledgeGoals knowledgeGoals;
    @Column(name = "eligible_upper_secondary")
    private Boolean eligibleUpperSecondary;
    @Column(name = "intervention_cost")
    private BigDecimal interventionCost;
    @Version
    private int version;

    protected PupilCase() {
    }

    PupilCase(CaseCode code) {
        this.caseCode = code.value();
    }

    Long getId() {
        return id;
    }

    String getCaseCode() {
        return caseCode;
    }

    Project getProject() {
        return project;
    }

    School getSchool() {
        return school;
    }

    int getVersion() {
        return version;
    }

    void apply(CaseData d, Project project, School school) {
        this.project = project;
        this.school = school;
        this.grade = d.grade();
        this.gender = d.gender();
        this.startDate = d.startDate();
        this.endDate = d.endDate();
        this.status = d.status();
        this.dropoutReason = d.status() == CaseStatus.DROPPED_OUT ? d.dropoutReason() : null;
        this.knowledgeGoals = d.knowledgeGoals();
        this.eligibleUpperSecondary = d.grade() == 9 ? d.eligibleUpperSecondary() : null;
        this.interventionCost = d.interventionCost();
    }

    CaseDetails toDetails() {
        return new CaseDetails(id, caseCode, project.getId(), project.getName(), school.getId(), school.getName(),
                school.getDistrict().getId(), school.getDistrict().getName(),
                new CaseData(project.getId(), school.getId(), grade, gender, startDate, endDate, status, dropoutReason,
                        knowledgeGoals, eligibleUpperSecondary, interventionCost),
                version);
    }
}
