package se.uppfoljning.cases;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PupilCaseRepository extends JpaRepository<PupilCase, Long> {

    boolean existsByCaseCode(String caseCode);

    Optional<PupilCase> findByCaseCode(String caseCode);

    List<PupilCase> findByProjectId(long projectId);
}
