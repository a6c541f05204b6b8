package se.uppfoljning.focusgroups;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CodeRepository extends JpaRepository<Code, Long> {

    List<Code> findByProjectIdOrderByName(long projectId);

    Optional<Code> findByProjectIdAndNameIgnoreCase(long projectId, String name);

    List<Code> findByParentId(long parentId);

    List<Code> findByProjectIdIn(java.util.Collection<Long> projectIds);

    @Query("select n from Note n join n.codes c where c.id = :codeId")
    List<Note> notesTaggedWith(long codeId);

    @Query("select q from Quote q join q.codes c where c.id = :codeId")
    List<Quote> quotesTaggedWith(long codeId);

    @Query("select c.id, count(n) from Note n join n.codes c where c.projectId = :projectId group by c.id")
    List<Object[]> noteUsage(long projectId);

    @Query("select c.id, count(q) from Quote q join q.codes c where c.projectId = :projectId group by c.id")
    List<Object[]> quoteUsage(long projectId);
}
