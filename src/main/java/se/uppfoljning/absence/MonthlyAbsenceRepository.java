package se.uppfoljning.absence;

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

    Optional<MonthlyAbsence> findByCaseIdAndMonthStart(long caseId, LocalDate monthStart);

    @Modifying(flushAutomatically = true)
    @Query("delete from MonthlyAbsence m where m.caseId = :caseId")
    int deleteByCase(long caseId);
}
