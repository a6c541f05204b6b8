package se.uppfoljning.absence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** Hours of one case in one calendar month. The case is held by id: it belongs to another feature. */
@Entity
@Table(name = "absence_month")
class MonthlyAbsence {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_id", updatable = false)
    private long caseId;
    @Column(name = "month_start")
    private LocalDate monthStart;
    @Column(name = "hours_offered", precision = 6, scale = 2)
    private BigDecimal hoursOffered;
    @Column(name = "hours_unauthorised", precision = 6, scale = 2)
    private BigDecimal hoursUnauthorised;
    @Column(name = "hours_authorised", precision = 6, scale = 2)
    private BigDecimal hoursAuthorised;
    @Version
    private int version;

    protected MonthlyAbsence() {
    }

    MonthlyAbsence(long caseId) {
        this.caseId = caseId;
    }

    Long getId() {
        return id;
    }

    long getCaseId() {
        return caseId;
    }

    YearMonth getMonth() {
        return YearMonth.from(monthStart);
    }

    int getVersion() {
        return version;
    }

    void apply(YearMonth month, BigDecimal offered, BigDecimal unauthorised, BigDecimal authorised) {
        this.monthStart = month.atDay(1);
        this.hoursOffered = offered.setScale(AbsenceData.SCALE);
        this.hoursUnauthorised = unauthorised.setScale(AbsenceData.SCALE);
        this.hoursAuthorised = authorised.setScale(AbsenceData.SCALE);
    }

    MonthlyAbsenceFigures toFigures() {
        return AbsenceFigures.figures(caseId, getMonth(), hoursOffered, hoursUnauthorised, hoursAuthorised);
    }

    AbsenceMonthItem toItem(int projectThresholdPercent) {
        List<ThresholdFlag> flags = AbsenceFigures.flags(hoursOffered, hoursUnauthorised, hoursAuthorised,
                projectThresholdPercent);
        return new AbsenceMonthItem(id, toFigures(), flags, version);
    }
}
