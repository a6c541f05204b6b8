package se.uppfoljning.cases;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
 * Programmes, projects, districts, schools and target-group sizes. Everyone logged in reads what their scope
 * allows; only administrators change reference data.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ReferenceDataService {

    private final ProjectRepository projects;
    private final SchoolRepository schools;
    private final DistrictRepository districts;
    private final ProgrammeRepository programmes;
    private final JdbcClient jdbc;
    private final CurrentStaff current;
    private final AuditTrail audit;

    ReferenceDataService(ProjectRepository projects, SchoolRepository schools, DistrictRepository districts,
                         ProgrammeRepository programmes, JdbcClient jdbc, CurrentStaff current, AuditTrail audit) {
        this.projects = projects;
        this.schools = schools;
        this.districts = districts;
        this.programmes = programmes;
        this.jdbc = jdbc;
        this.current = current;
        this.audit = audit;
    }

    /** Projects in the caller's scope, each with the schools the caller may see. */
    @Transactional(readOnly = true)
    public List<ProjectListItem> projects() {
        DataScope scope = current.scope();
        return projects.findAll().stream().filter(p -> scope.allowsProject(p.getId()) || (scope.schoolId() != null
                        && p.getSchools().stream().anyMatch(s -> s.getId().equals(scope.schoolId()))))
                .sorted(Comparator.comparing(Project::getName))
                .map(p -> toItem(p, scope)).toList();
    }

    @Transactional(readOnly = true)
    public List<SchoolItem> schools() {
        return schools.findAll().stream().map(ReferenceDataService::toItem)
                .sorted(Comparator.comparing(SchoolItem::name)).toList();
    }

    @Transactional(readOnly = true)
    public List<SchoolItem> districts() {
        return districts.findAll().stream().map(ReferenceDataService::toItem)
                .sorted(Comparator.comparing(SchoolItem::name)).toList();
    }

    /** Every project with all its schools, whatever the administrator's own scope: for editing reference data. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public List<ProjectListItem> projectsForAdmin() {
        return projects.findAll().stream().sorted(Comparator.comparing(Project::getName))
                .map(p -> toItem(p, DataScope.ALL)).toList();
    }

    /** Adds a school to an existing district. Names are unique (ignoring case) across all districts. */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public SchoolItem addSchool(String name, long districtId) {
        String clean = checkName(name, SchoolItem.NAME_MAX_LENGTH);
        District district = districts.findById(districtId)
                .orElseThrow(() -> new BusinessException(DISTRICT.idField(), DISTRICT.unknownKey()));
        requireFreeName(schools, SCHOOL, clean, null);
        School school = schools.saveAndFlush(new School(clean, district));
        audit.record(current.actorName(), "SCHOOL_CREATED", SCHOOL.target(school),
                clean + ", district:" + district.getId());
        return toItem(school);
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public SchoolItem renameSchool(long schoolId, String name) {
        return toItem(rename(schools, SCHOOL, schoolId, name));
    }

    /** Adds a district (stadsdelsförvaltning); names are unique ignoring case. */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public SchoolItem addDistrict(String name) {
        String clean = checkName(name, SchoolItem.NAME_MAX_LENGTH);
        requireFreeName(districts, DISTRICT, clean, null);
        District d = districts.saveAndFlush(new District(clean));
        audit.record(current.actorName(), "DISTRICT_CREATED", DISTRICT.target(d), clean);
        return toItem(d);
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public SchoolItem renameDistrict(long districtId, String name) {
        return toItem(rename(districts, DISTRICT, districtId, name));
    }

    /**
     * What tells renaming a school from renaming a district: the field and message keys of a refusal, the audit
     * event and the prefix of its target.
     */
    private record NamedKind(String idField, String unknownKey, String takenKey, String renamedEvent,
                             String targetPrefix) {
        String target(NamedReference row) {
            return targetPrefix + row.getId();
        }
    }

    private static final NamedKind SCHOOL = new NamedKind("schoolId", "cases.error.school-unknown",
            "cases.reference.error.school-name-taken", "SCHOOL_RENAMED", "school:");
    private static final NamedKind DISTRICT = new NamedKind("districtId", "cases.reference.error.district-unknown",
            "cases.reference.error.district-name-taken", "DISTRICT_RENAMED", "district:");

    /** Renames one row after the same checks as adding one (length, unique ignoring case) and audits old -> new. */
    private <T extends NamedReference> T rename(NamedReferenceRepository<T> repository, NamedKind kind, long id,
                                                String name) {
        String clean = checkName(name, SchoolItem.NAME_MAX_LENGTH);
        T row = repository.findById(id).orElseThrow(() -> new BusinessException(kind.idField(), kind.unknownKey()));
        requireFreeName(repository, kind, clean, row.getId());
        String old = row.getName();
        row.setName(clean);
        repository.saveAndFlush(row);
        audit.record(current.actorName(), kind.renamedEvent(), kind.target(row), old + " -> " + clean);
        return row;
    }

    /** Refuses a name another row (any row but {@code ownId}; null for a new one) already has, ignoring case. */
    private static <T extends NamedReference> void requireFreeName(NamedReferenceRepository<T> repository,
                                                                   NamedKind kind, String clean, Long ownId) {
        repository.findByNameIgnoreCase(clean).filter(o -> !o.getId().equals(ownId)).ifPresent(o -> {
            throw new BusinessException("name", kind.takenKey());
        });
    }

    private static String checkName(String name, int max) {
        if (name == null || name.isBlank()) {
            throw new BusinessException("name", "base.error.required");
        }
        String clean = name.strip();
        if (clean.length() > max) {
            throw new BusinessException("name", "base.error.too-long", max);
        }
        return clean;
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public ProjectListItem createProject(ProjectData data) {
        validate(data);
        Programme programme = programmes.findAll().stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("No programme in reference data"));
        return save(new Project(programme), data, "PROJECT_CREATED");
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public ProjectListItem updateProject(long id, ProjectData data, int expectedVersion) {
        validate(data);
        Project p = projects.findById(id).orElseThrow(() -> new BusinessException("cases.error.not-found"));
        if (p.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Project.class, id);
        }
        return save(p, data, "PROJECT_UPDATED");
    }

    /**
     * Applies validated data to a new or loaded project after checking that no other project has its name (ignoring
     * case), saves and audits it under {@code event}.
     */
    private ProjectListItem save(Project p, ProjectData data, String event) {
        projects.findByNameIgnoreCase(data.name().strip()).filter(o -> !o.getId().equals(p.getId())).ifPresent(o -> {
            throw new BusinessException("name", "cases.project.error.name-taken");
        });
        p.apply(data);
        setSchools(p, data.schoolIds());
        projects.saveAndFlush(p);
        audit.record(current.actorName(), event, "project:" + p.getId(), p.getName());
        return toItem(p, DataScope.ALL);
    }

    /** Sets the number of pupils in the target group of a school for a school year such as 2025/26. */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public void setTargetGroup(long schoolId, String schoolYear, int size) {
        if (schoolYear == null || !schoolYear.matches("\\d{4}/\\d{2}")) {
            throw new BusinessException("schoolYear", "cases.target.error.school-year");
        }
        if (size < 0 || size > 10_000) {
            throw new BusinessException("size", "cases.target.error.size");
        }
        schools.findById(schoolId).orElseThrow(() -> new BusinessException("schoolId", "cases.error.school-unknown"));
        jdbc.sql("""
                INSERT INTO case_target_group (school_id, school_year, target_size) VALUES (?, ?, ?)
                ON DUPLICATE KEY UPDATE target_size = VALUES(target_size)""").params(schoolId, schoolYear, size).update();
        audit.record(current.actorName(), "TARGET_GROUP_SET", "school:" + schoolId, schoolYear + "=" + size);
    }

    @Transactional(readOnly = true)
    public List<TargetGroup> targetGroups() {
        return jdbc.sql("""
                SELECT t.school_id, s.name, t.school_year, t.target_size FROM case_target_group t
                JOIN case_school s ON s.id = t.school_id ORDER BY s.name, t.school_year""")
                .query((rs, n) -> new TargetGroup(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4))).list();
    }

    public record TargetGroup(long schoolId, String schoolName, String schoolYear, int size) {
    }

    private void setSchools(Project p, Set<Long> schoolIds) {
        Set<School> chosen = new HashSet<>(schools.findAllById(schoolIds == null ? Set.of() : schoolIds));
        if (schoolIds != null && chosen.size() != schoolIds.size()) {
            throw new BusinessException("schoolIds", "cases.error.school-unknown");
        }
        p.getSchools().clear();
        p.getSchools().addAll(chosen);
    }

    private static void validate(ProjectData d) {
        if (d.name() == null || d.name().isBlank()) {
            throw new BusinessException("name", "base.error.required");
        }
        if (d.name().strip().length() > ProjectData.NAME_MAX_LENGTH) {
            throw new BusinessException("name", "base.error.too-long", ProjectData.NAME_MAX_LENGTH);
        }
        if (d.startDate() == null) {
            throw new BusinessException("startDate", "base.error.required");
        }
        if (d.endDate() == null) {
            throw new BusinessException("endDate", "base.error.required");
        }
        if (d.endDate().isBefore(d.startDate())) {
            throw new BusinessException("endDate", "cases.error.end-before-start");
        }
        if (d.phases() != null && d.phases().length() > ProjectData.PHASES_MAX_LENGTH) {
            throw new BusinessException("phases", "base.error.too-long", ProjectData.PHASES_MAX_LENGTH);
        }
        if (d.budget() != null && d.budget().signum() < 0) {
            throw new BusinessException("budget", "cases.error.cost-range");
        }
        if (d.absenceThresholdPercent() < 1 || d.absenceThresholdPercent() > 100) {
            throw new BusinessException("absenceThresholdPercent", "cases.project.error.threshold");
        }
        if (d.retentionMonths() < 1 || d.retentionMonths() > 240) {
            throw new BusinessException("retentionMonths", "cases.project.error.retention");
        }
    }

    static SchoolItem toItem(School s) {
        return new SchoolItem(s.getId(), s.getName(), s.getDistrict().getId(), s.getDistrict().getName());
    }

    /** A district as a row of the same shape as a school, standing in its own district. */
    private static SchoolItem toItem(District d) {
        return new SchoolItem(d.getId(), d.getName(), d.getId(), d.getName());
    }

    private static ProjectListItem toItem(Project p, DataScope scope) {
        List<SchoolItem> visible = p.getSchools().stream()
                .filter(s -> scope.allowsCase(p.getId(), s.getDistrict().getId(), s.getId()))
                .map(ReferenceDataService::toItem).sorted(Comparator.comparing(SchoolItem::name)).toList();
        return new ProjectListItem(p.getId(), p.getProgramme().getName(), p.getName(), p.getStartDate(), p.getEndDate(),
                p.getPhases(), p.getBudget(), p.getAbsenceThresholdPercent(), p.getRetentionMonths(), visible,
                p.getVersion());
    }
}
