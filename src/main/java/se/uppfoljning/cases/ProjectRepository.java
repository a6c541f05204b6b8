package se.uppfoljning.cases;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProjectRepository extends JpaRepository<Project, Long> {
    boolean existsByNameIgnoreCase(String name);

    Optional<Project> findByNameIgnoreCase(String name);
}
