package se.uppfoljning.surveys;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface SurveyResponseRepository extends JpaRepository<SurveyResponse, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from SurveyResponse r where r.id = :id")
    Optional<SurveyResponse> findForUpdate(long id);
}
