package se.uppfoljning.enquiries;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface InvitationRepository extends JpaRepository<Invitation, Long> {

    Optional<Invitation> findByTokenHash(String tokenHash);

    Optional<Invitation> findByCodeHash(String codeHash);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from Invitation i where i.id = :id")
    Optional<Invitation> findForUpdate(long id);

    List<Invitation> findByCaseIdIn(Collection<Long> caseIds);

    List<Invitation> findByCaseIdAndWave(long caseId, Wave wave);

    @Modifying
    @Query("delete from Invitation i where i.caseId = :caseId")
    void deleteByCaseId(long caseId);
}
