package se.uppfoljning.cases;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.NoRepositoryBean;

/** Reference data looked up by its name, which is unique ignoring case in each table. */
@NoRepositoryBean
interface NamedReferenceRepository<T extends NamedReference> extends JpaRepository<T, Long> {
    Optional<T> findByNameIgnoreCase(String name);
}
