package se.uppfoljning.ratings;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RatingEntryRepository extends JpaRepository<RatingEntry, Long> {

    List<RatingEntry> findByCaseIdOrderByRatedOnAsc(long caseId);

    List<RatingEntry> findByCaseIdIn(Collection<Long> caseIds);

    boolean existsByCaseIdAndTemplateIdAndTimepoint(long caseId, String templateId, Timepoint timepoint);

    @Modifying
    @Query("delete from RatingEntry r where r.caseId = :caseId")
    void deleteByCaseId(long caseId);
}
