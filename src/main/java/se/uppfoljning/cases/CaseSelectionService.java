package se.uppfoljning.cases;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.uppfoljning.base.Roles;
import se.uppfoljning.security.CurrentStaff;

/**
 * The cases behind an evaluation report, within the evaluator's data scope. Only the report feature uses it;
 * what leaves it is pseudonymous and is aggregated and suppressed before anyone reads it.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.EVALUATOR + "')")
public class CaseSelectionService {

    private final EntityManager em;
    private final CurrentStaff current;

    CaseSelectionService(EntityManager em, CurrentStaff current) {
        this.em = em;
        this.current = current;
    }

    @Transactional(readOnly = true)
    public List<CaseDetails> select(CaseSelection selection) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<PupilCase> q = cb.createQuery(PupilCase.class);
        Root<PupilCase> root = q.from(PupilCase.class);
        List<Predicate> where = new ArrayList<>();
        where.add(CaseService.scopePredicate(cb, root, current.scope()));
        if (!selection.projectIds().isEmpty()) {
            where.add(root.get("project").get("id").in(selection.projectIds()));
        }
        if (!selection.districtIds().isEmpty()) {
            where.add(root.get("school").get("district").get("id").in(selection.districtIds()));
        }
        if (!selection.schoolIds().isEmpty()) {
            where.add(root.get("school").get("id").in(selection.schoolIds()));
        }
        if (selection.to() != null) {
            where.add(cb.lessThanOrEqualTo(root.get("startDate"), selection.to()));
        }
        if (selection.from() != null) {
            where.add(cb.or(cb.isNull(root.get("endDate")), cb.greaterThanOrEqualTo(root.get("endDate"), selection.from())));
        }
        q.where(where.toArray(Predicate[]::new)).orderBy(cb.asc(root.get("id")));
        return em.createQuery(q).getResultList().stream().map(PupilCase::toDetails).toList();
    }
}
