package se.uppfoljning.focusgroups;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface FocusGroupSessionRepository extends JpaRepository<FocusGroupSession, Long> {

    /** Locks the row: two editors' saves are checked against the version one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from FocusGroupSession s where s.id = :id")
    Optional<FocusGroupSession> findForUpdate(long id);

    List<FocusGroupSession> findByProjectIdInOrderByHeldOnDescIdDesc(java.util.Collection<Long> projectIds);

    List<FocusGroupSession> findAllByOrderByHeldOnDescIdDesc();

    List<FocusGroupSession> findByStatusOrderByHeldOnAscIdAsc(SessionStatus status);
}
