package se.uppfoljning.absence;

import java.math.BigDecimal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface MonthlyAbsenceRepository extends JpaRepository<MonthlyAbsence, Long> {

    List<MonthlyAbsence> findByCaseIdOrderByMonthStart(long caseId);

    List<MonthlyAbsence> findByCaseIdIn(Collection<Long> caseIds);

    /** The figures of these cases without loading entities: reports read 100,000s of months at once. */
    @Query("select new se.uppfoljning.absence.MonthlyAbsenceRepository$Hours(m.caseId, m.monthStart, m.hoursOffered,"
            + " m.hoursUnauthorised, m.hoursAuthorised) from MonthlyAbsence m where m.caseId in :caseIds")
    List<Hours> hoursOfCases(Collection<Long> caseIds);

    /** One month's hours as stored. */
    record Hours(long caseId, LocalDate monthStart, BigDecimal offered, BigDecimal unauthorised, BigDecimal authorised) {
        MonthlyAbsenceFigures toFigures() {
            return AbsenceFigures.figures(caseId, java.time.YearMonth.from(monthStart), offered, unauthorised, authorised);
        }
    }

    /** Which months of these cases are stored, with id and version, for an import to replace them. */
    @Query("select new se.uppfoljning.absence.MonthlyAbsenceRepository$Stored(m.id, m.caseId, m.monthStart, m.version)"
            + " from MonthlyAbsence m where m.caseId in :caseIds")
    List<Stored> storedOfCases(Collection<Long> caseIds);

    record Stored(long id, long caseId, LocalDate monthStart, int version) {
        java.time.YearMonth month() {
            return java.time.YearMonth.from(monthStart);
        }
    }

    /** Case id and month of every stored month of these cases, for the completeness view. */
    @Query("select new se.uppfoljning.absence.MonthlyAbsenceRepository$Reported(m.caseId, m.monthStart)"
            + " from MonthlyAbsence m where m.caseId in :caseIds and m.monthStart between :from and :to")
    List<Reported> reportedOfCases(Collection<Long> caseIds, LocalDate from, LocalDate to);

    record Reported(long caseId, LocalDate monthStart) {
    }

    Optional<MonthlyAbsence> findByCaseIdAndMonthStart(long caseId, LocalDate monthStart);

    @Modifying(flushAutomatically = true)
    @Query("delete from MonthlyAbsence m where m.caseId = :caseId")
    int deleteByCase(long caseId);
}
