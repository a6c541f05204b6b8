package se.uppfoljning.enquiries;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PupilCodeRepository extends JpaRepository<PupilCode, Long> {

    Optional<PupilCode> findByCodeHash(String codeHash);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from PupilCode c where c.id = :id")
    Optional<PupilCode> findForUpdate(long id);

    List<PupilCode> findByCaseIdAndWave(long caseId, Wave wave);

    List<PupilCode> findByCaseIdIn(java.util.Collection<Long> caseIds);

    @Modifying
    @Query("delete from PupilCode c where c.caseId = :caseId")
    void deleteByCaseId(long caseId);
}
