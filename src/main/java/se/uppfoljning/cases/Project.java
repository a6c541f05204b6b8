package se.uppfoljning.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

@Entity
@Table(name = "case_project")
class Project {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "programme_id")
    private Programme programme;
    private String name;
    @Column(name = "start_date")
    private LocalDate startDate;
    @Column(name = "end_date")
    private LocalDate endDate;
    private String phases;
    private BigDecimal budget;
    @Column(name = "absence_threshold_percent")
    private int absenceThresholdPercent = 20;
    @Column(name = "retention_months")
    private int retentionMonths = 36;
    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "case_project_school", joinColumns = @JoinColumn(name = "project_id"),
            inverseJoinColumns = @JoinColumn(name = "school_id"))
    private Set<School> schools = new HashSet<>();
    @Version
    private int version;

    protected Project() {
    }

    Project(Programme programme) {
        this.programme = programme;
    }

    Long getId() {
        return id;
    }

    Programme getProgramme() {
        return programme;
    }

    String getName() {
        return name;
    }

    LocalDate getStartDate() {
        return startDate;
    }

    LocalDate getEndDate() {
        return endDate;
    }

    String getPhases() {
        return phases;
    }

    BigDecimal getBudget() {
        return budget;
    }

    int getAbsenceThresholdPercent() {
        return absenceThresholdPercent;
    }

    int getRetentionMonths() {
        return retentionMonths;
    }

    Set<School> getSchools() {
        return schools;
    }

    int getVersion() {
        return version;
    }

    void apply(ProjectData data) {
        this.name = data.name().strip();
        this.startDate = data.startDate();
        this.endDate = data.endDate();
        this.phases = data.phases();
        this.budget = data.budget();
        this.absenceThresholdPercent = data.absenceThresholdPercent();
        this.retentionMonths = data.retentionMonths();
    }
}
