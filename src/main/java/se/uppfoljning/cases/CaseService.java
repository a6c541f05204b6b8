package se.uppfoljning.cases;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.uppfoljning.audit.AuditTrail;
import se.uppfoljning.base.BusinessException;
import se.uppfoljning.base.Roles;
import se.uppfoljning.security.CurrentStaff;
import se.uppfoljning.security.DataScope;

/**
 * Creates, changes, lists and deletes pupil cases within the caller's data scope. A case outside the scope
 * behaves exactly like a case that does not exist, so IDs cannot be probed. Evaluators never read a case here:
 * they see cases only as aggregates in reports, and {@link #visibleIds} tells the services that build those
 * aggregates which of the requested cases are in the evaluator's scope.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.COORDINATOR + "', '" + Roles.FACILITATOR + "')")
public class CaseService {

    private final PupilCaseRepository cases;
    private final ProjectRepository projects;
    private final SchoolRepository schools;
    private final EntityManager em;
    private final CurrentStaff current;
    private final AuditTrail audit;
    private final CaseRemover remover;
    private final RandomGenerator random = new SecureRandom();

    CaseService(PupilCaseRepository cases, ProjectRepository projects, SchoolRepository schools, EntityManager em,
                CurrentStaff current, AuditTrail audit, CaseRemover remover) {
        this.cases = cases;
        this.projects = projects;
        this.schools = schools;
        this.em = em;
        this.current = current;
        this.audit = audit;
        this.remover = remover;
    }

    /** The caller's cases; a school reporter's are those of its school (issue #16). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.COORDINATOR + "', '" + Roles.FACILITATOR
            + "', '" + Roles.SCHOOL_REPORTER + "')")
    public List<CaseDetails> list(CaseFilter filter, int offset, int limit) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<PupilCase> q = cb.createQuery(PupilCase.class);
        Root<PupilCase> root = q.from(PupilCase.class);
        q.where(predicates(cb, root, filter, current.scope()));
        q.orderBy(cb.desc(root.get("id")));
        return em.createQuery(q).setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                .map(PupilCase::toDetails).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.COORDINATOR + "', '" + Roles.FACILITATOR
            + "', '" + Roles.SCHOOL_REPORTER + "')")
    public int count(CaseFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<PupilCase> root = q.from(PupilCase.class);
        q.select(cb.count(root)).where(predicates(cb, root, filter, current.scope()));
        return em.createQuery(q).getSingleResult().intValue();
    }

    /**
     * The ids among {@code caseIds} that lie in the caller's data scope; unknown ids and ids outside the scope are
     * left out alike. For services that hand out figures of given cases (rating scores, absence figures), so an
     * evaluator narrowed to one project cannot read another project's figures by passing its case ids. Reveals
     * nothing but which of the caller's own ids are in scope, so evaluators may call it.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.COORDINATOR + "', '" + Roles.FACILITATOR
            + "', '" + Roles.EVALUATOR + "')")
    public Set<Long> visibleIds(java.util.Collection<Long> caseIds) {
        DataScope scope = current.scope();
        List<Long> all = List.copyOf(new java.util.HashSet<>(caseIds));
        Set<Long> out = new java.util.HashSet<>();
        for (int i = 0; i < all.size(); i += 1000) {
            CriteriaBuilder cb = em.getCriteriaBuilder();
            CriteriaQuery<Long> q = cb.createQuery(Long.class);
            Root<PupilCase> root = q.from(PupilCase.class);
            q.select(root.get("id")).where(scopePredicate(cb, root, scope),
                    root.get("id").in(all.subList(i, Math.min(all.size(), i + 1000))));
            out.addAll(em.createQuery(q).getResultList());
        }
        return out;
    }

    /**
     * The codes among {@code caseCodes} (normalised, e.g. K7QX-M4P2) that name an existing case outside the
     * caller's school. Only for a school reporter, whose import must say "another school's case" rather than
     * "unknown case" (issue #16); it learns nothing about such a case but that the code is in use.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.SCHOOL_REPORTER + "')")
    public Set<String> codesOfOtherSchools(java.util.Collection<String> caseCodes) {
        DataScope scope = current.scope();
        List<String> all = List.copyOf(new java.util.HashSet<>(caseCodes));
        Set<String> out = new java.util.HashSet<>();
        for (int i = 0; i < all.size(); i += 1000) {
            CriteriaBuilder cb = em.getCriteriaBuilder();
            CriteriaQuery<String> q = cb.createQuery(String.class);
            Root<PupilCase> root = q.from(PupilCase.class);
            q.select(root.get("caseCode")).where(cb.not(scopePredicate(cb, root, scope)),
                    root.get("caseCode").in(all.subList(i, Math.min(all.size(), i + 1000))));
            out.addAll(em.createQuery(q).getResultList());
        }
        return out;
    }

    /** The case if the caller may see it; otherwise "not found", the same answer as for an unknown id. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.COORDINATOR + "', '" + Roles.FACILITATOR
            + "', '" + Roles.SCHOOL_REPORTER + "')")
    public CaseDetails get(long id) {
        return visible(id).toDetails();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.COORDINATOR + "', '" + Roles.FACILITATOR
            + "', '" + Roles.SCHOOL_REPORTER + "')")
    public CaseDetails getByCode(String code) {
        CaseCode parsed = CaseCode.parseOrNull(code);
        if (parsed == null) {
            throw new BusinessException("caseCode", "cases.error.code-invalid");
        }
        PupilCase c = cases.findByCaseCode(parsed.value()).orElseThrow(CaseService::notFound);
        return visible(c.getId()).toDetails();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.COORDINATOR + "')")
    public CaseDetails create(CaseData data) {
        Project project = checked(data);
        PupilCase c = new PupilCase(newCode());
        c.apply(data, project, schools.getReferenceById(data.schoolId()));
        cases.saveAndFlush(c);
        audit.record(current.actorName(), "CASE_CREATED", "case:" + c.getCaseCode(), "project=" + project.getId());
        return c.toDetails();
    }

    /** Saves changes if nobody else saved the case since {@code expectedVersion} was read. */
    @Transactional
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.COORDINATOR + "')")
    public CaseDetails update(long id, CaseData data, int expectedVersion) {
        PupilCase c = visible(id);
        if (c.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(PupilCase.class, id);
        }
        Project project = checked(data);
        c.apply(data, project, schools.getReferenceById(data.schoolId()));
        cases.saveAndFlush(c);
        audit.record(current.actorName(), "CASE_UPDATED", "case:" + c.getCaseCode(), "status=" + data.status());
        return c.toDetails();
    }

    /** Deletes the case and, through {@link CaseDeleted}, every answer, rating and figure linked to it. */
    @Transactional
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.COORDINATOR + "')")
    public void delete(long id) {
        PupilCase c = visible(id);
        remover.remove(c);
        audit.record(current.actorName(), "CASE_DELETED", "case:" + c.getCaseCode(), null);
    }

    private Project checked(CaseData data) {
        CaseRules.check(data, null, null);
        DataScope scope = current.scope();
        Project project = projects.findById(data.projectId())
                .filter(p -> scope.allowsProject(p.getId()))
                .orElseThrow(() -> new BusinessException("projectId", "cases.error.project-unknown"));
        School school = project.getSchools().stream().filter(s -> s.getId().equals(data.schoolId())).findFirst()
                .orElseThrow(() -> new BusinessException("schoolId", "cases.error.school-not-in-project"));
        if (!scope.allows(project.getId(), school.getDistrict().getId())) {
            throw new BusinessException("schoolId", "cases.error.school-not-in-project");
        }
        CaseRules.check(data, project.getStartDate(), project.getEndDate());
        return project;
    }

    private PupilCase visible(long id) {
        DataScope scope = current.scope();
        return cases.findById(id)
                .filter(c -> scope.allowsCase(c.getProject().getId(), c.getSchool().getDistrict().getId(),
                        c.getSchool().getId()))
                .orElseThrow(CaseService::notFound);
    }

    private CaseCode newCode() {
        for (int attempt = 0; attempt < 20; attempt++) {
            CaseCode code = CaseCode.random(random);
            if (!cases.existsByCaseCode(code.value())) {
                return code;
            }
        }
        throw new IllegalStateException("Could not find a free case code");
    }

    static BusinessException notFound() {
        return new BusinessException("cases.error.not-found");
    }

    /** Scope first, then the user's filter: the scope predicate is never optional. */
    static Predicate[] predicates(CriteriaBuilder cb, Root<PupilCase> root, CaseFilter f, DataScope scope) {
        List<Predicate> list = new ArrayList<>();
        list.add(scopePredicate(cb, root, scope));
        if (f.projectId() != null) {
            list.add(cb.equal(root.get("project").get("id"), f.projectId()));
        }
        if (f.schoolId() != null) {
            list.add(cb.equal(root.get("school").get("id"), f.schoolId()));
        }
        if (f.status() != null) {
            list.add(cb.equal(root.get("status"), f.status()));
        }
        if (f.codePrefix() != null && !f.codePrefix().isBlank()) {
            // Taken literally: text that cannot start a code (%, _, quotes, spaces…) matches no case at all,
            // rather than being stripped down to a shorter prefix that matches more than was typed.
            String prefix = f.codePrefix().strip().toUpperCase(java.util.Locale.ROOT);
            list.add(prefix.matches("[A-Z0-9-]+") ? cb.like(root.get("caseCode"), prefix + "%") : cb.disjunction());
        }
        return list.toArray(Predicate[]::new);
    }

    static Predicate scopePredicate(CriteriaBuilder cb, Root<PupilCase> root, DataScope scope) {
        if (scope.schoolId() != null) {
            return cb.equal(root.get("school").get("id"), scope.schoolId());
        }
        if (scope.all()) {
            return cb.conjunction();
        }
        List<Predicate> any = new ArrayList<>();
        for (Map.Entry<Long, Set<Long>> e : scope.districtsByProject().entrySet()) {
            Predicate project = cb.equal(root.get("project").get("id"), e.getKey());
            any.add(e.getValue().isEmpty() ? project
                    : cb.and(project, root.get("school").get("district").get("id").in(e.getValue())));
        }
        return any.isEmpty() ? cb.disjunction() : cb.or(any.toArray(Predicate[]::new));
    }
}
