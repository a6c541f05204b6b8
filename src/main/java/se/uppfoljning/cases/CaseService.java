package se.uppfoljning.cases;

import java.security.SecureRandom;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.springframework.jdbc.core.simple.JdbcClient;
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
    private final JdbcClient jdbc;
    private final CurrentStaff current;
    private final AuditTrail audit;
    private final CaseRemover remover;
    private final RandomGenerator random = new SecureRandom();

    /** Ids or codes per {@code IN (...)} list. */
    private static final int CHUNK = 1000;

    /**
     * The {@link CaseFilter} on {@code c} of {@link ScopedCases#FROM}, after the scope; a null parameter does not
     * narrow. Parameters: {@code project_id}, {@code school_id}, {@code status} (the enum's name), {@code code_like}
     * (a checked code prefix followed by {@code %}); see {@link #filterParams}.
     */
    private static final String FILTER = """
            (:project_id IS NULL OR c.project_id = :project_id)
            AND (:school_id IS NULL OR c.school_id = :school_id)
            AND (:status IS NULL OR c.status = :status)
            AND (:code_like IS NULL OR c.case_code LIKE :code_like)""";

    CaseService(PupilCaseRepository cases, ProjectRepository projects, SchoolRepository schools, JdbcClient jdbc,
                CurrentStaff current, AuditTrail audit, CaseRemover remover) {
        this.cases = cases;
        this.projects = projects;
        this.schools = schools;
        this.jdbc = jdbc;
        this.current = current;
        this.audit = audit;
        this.remover = remover;
    }

    /**
     * The caller's cases that match {@code filter}, newest first (by id, descending), {@code limit} of them from
     * {@code offset}; a school reporter's are those of its school (issue #16). The data scope is
     * {@link ScopedCases}' condition; see {@link #count} for how the filter narrows it.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.COORDINATOR + "', '" + Roles.FACILITATOR
            + "', '" + Roles.SCHOOL_REPORTER + "')")
    public List<CaseDetails> list(CaseFilter filter, int offset, int limit) {
        Map<String, Object> params = filterParams(filter);
        if (params == null || limit <= 0) {
            return List.of();
        }
        ScopedCases scoped = ScopedCases.of(current.scope());
        List<Long> ids = jdbc.sql("""
                        SELECT c.id FROM %s
                        WHERE (%s) AND %s
                        ORDER BY c.id DESC LIMIT :limit OFFSET :offset""".formatted(ScopedCases.FROM, scoped.where(),
                        FILTER))
                .params(scoped.params()).params(params).param("limit", limit).param("offset", Math.max(0, offset))
                .query(Long.class).list();
        return byId(ids).stream().map(PupilCase::toDetails).toList();
    }

    /**
     * How many of the caller's cases match {@code filter}: null fields do not narrow; {@code codePrefix} is stripped
     * and upper-cased and must then be a start of a code ({@code [A-Z0-9-]+}), else it matches no case at all
     * rather than being cut down to a shorter prefix that matches more than was typed (so {@code %} or {@code _}
     * are never wildcards).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.COORDINATOR + "', '" + Roles.FACILITATOR
            + "', '" + Roles.SCHOOL_REPORTER + "')")
    public int count(CaseFilter filter) {
        Map<String, Object> params = filterParams(filter);
        if (params == null) {
            return 0;
        }
        ScopedCases scoped = ScopedCases.of(current.scope());
        return jdbc.sql("SELECT COUNT(*) FROM %s WHERE (%s) AND %s".formatted(ScopedCases.FROM, scoped.where(), FILTER))
                .params(scoped.params()).params(params)
                .query(Long.class).single().intValue();
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
    public Set<Long> visibleIds(Collection<Long> caseIds) {
        return inScope(caseIds);
    }

    /** The ids among {@code caseIds} that meet {@link ScopedCases}' condition for the caller's scope now. */
    private Set<Long> inScope(Collection<Long> caseIds) {
        ScopedCases scoped = ScopedCases.of(current.scope());
        List<Long> all = List.copyOf(new HashSet<>(caseIds));
        Set<Long> out = new HashSet<>();
        for (List<Long> chunk : chunks(all)) {
            out.addAll(jdbc.sql("SELECT c.id FROM %s WHERE (%s) AND c.id IN (:ids)".formatted(ScopedCases.FROM,
                            scoped.where()))
                    .params(scoped.params()).param("ids", chunk)
                    .query(Long.class).list());
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
    public Set<String> codesOfOtherSchools(Collection<String> caseCodes) {
        ScopedCases scoped = ScopedCases.of(current.scope());
        List<String> all = List.copyOf(new HashSet<>(caseCodes));
        Set<String> out = new HashSet<>();
        for (List<String> chunk : chunks(all)) {
            out.addAll(jdbc.sql("SELECT c.case_code FROM %s WHERE NOT (%s) AND c.case_code IN (:codes)".formatted(
                            ScopedCases.FROM, scoped.where()))
                    .params(scoped.params()).param("codes", chunk)
                    .query(String.class).list());
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

    /**
     * The case if it meets the same SQL scope condition as {@link #list} and {@link #count} ({@link ScopedCases});
     * otherwise "not found", as for an unknown id.
     */
    private PupilCase visible(long id) {
        if (inScope(List.of(id)).isEmpty()) {
            throw notFound();
        }
        return cases.findById(id).orElseThrow(CaseService::notFound);
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

    /**
     * The parameters of {@link #FILTER} for {@code f} (null where a field does not narrow), or null if the filter
     * matches no case: a code prefix that is not the start of a code (see {@link #count}).
     */
    private static Map<String, Object> filterParams(CaseFilter f) {
        Map<String, Object> params = new HashMap<>();
        params.put("project_id", f.projectId());
        params.put("school_id", f.schoolId());
        params.put("status", f.status() == null ? null : f.status().name());
        String prefix = null;
        if (f.codePrefix() != null && !f.codePrefix().isBlank()) {
            prefix = f.codePrefix().strip().toUpperCase(Locale.ROOT);
            if (!prefix.matches("[A-Z0-9-]+")) {
                return null;
            }
        }
        params.put("code_like", prefix == null ? null : prefix + "%");
        return params;
    }

    /** Loads the cases of {@code ids} in that order, {@value #CHUNK} ids per query; missing ids are left out. */
    private List<PupilCase> byId(List<Long> ids) {
        Map<Long, PupilCase> found = new HashMap<>();
        for (List<Long> chunk : chunks(ids)) {
            cases.findAllById(chunk).forEach(c -> found.put(c.getId(), c));
        }
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /** {@code list} cut into consecutive views of at most {@value #CHUNK} elements, for {@code IN (...)} lists. */
    private static <T> List<List<T>> chunks(List<T> list) {
        List<List<T>> out = new java.util.ArrayList<>();
        for (int i = 0; i < list.size(); i += CHUNK) {
            out.add(list.subList(i, Math.min(list.size(), i + CHUNK)));
        }
        return out;
    }
}
