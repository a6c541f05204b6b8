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

    /** What reports need of these cases' invitations, without loading entities (reports read 10,000s). */
    @Query("select new se.uppfoljning.enquiries.InvitationRepository$StatusFields(i.caseId, i.wave, i.submittedAt,"
            + " i.revokedAt, i.expiresAt, i.responseId, i.openedAt, i.id) from Invitation i where i.caseId in :caseIds")
    List<StatusFields> statusFieldsOfCases(Collection<Long> caseIds);

    /** The columns an invitation's status is derived from ({@link AnswerSlot#status}). */
    record StatusFields(long caseId, Wave wave, java.time.Instant submittedAt, java.time.Instant revokedAt,
                        java.time.Instant expiresAt, Long responseId, java.time.Instant openedAt, long id) {
        InvitationStatus status(java.time.Instant now) {
            return AnswerSlot.status(submittedAt, revokedAt, expiresAt, responseId, openedAt, now);
        }
    }

    List<Invitation> findByCaseIdAndWave(long caseId, Wave wave);

    @Modifying
    @Query("delete from Invitation i where i.caseId = :caseId")
    void deleteByCaseId(long caseId);
}
