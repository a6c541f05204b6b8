package se.uppfoljning.security;

import java.io.Serializable;
import java.util.Map;
import java.util.Set;

/**
 * The projects (and optionally districts within them) a staff member may see, or the one school a school
 * reporter reports for.
 *
 * @param all true for staff who see every project (administrators, programme-wide evaluators)
 * @param districtsByProject project id to the allowed district ids; an empty set means the whole project
 * @param schoolId the one school a school reporter sees (cases of that school in any project), or null. Such a
 *                 scope has no projects: {@link #allowsProject} and {@link #allows} say no, so features that do not
 *                 know about schools show a reporter nothing
 */
public record DataScope(boolean all, Map<Long, Set<Long>> districtsByProject, Long schoolId) implements Serializable {

    public static final DataScope NONE = new DataScope(false, Map.of());
    public static final DataScope ALL = new DataScope(true, Map.of());

    public DataScope {
        districtsByProject = Map.copyOf(districtsByProject);
        if (schoolId != null && (all || !districtsByProject.isEmpty())) {
            throw new IllegalArgumentException("A school scope names no projects");
        }
    }

    public DataScope(boolean all, Map<Long, Set<Long>> districtsByProject) {
        this(all, districtsByProject, null);
    }

    /** The scope of a school reporter: the cases of this school, whatever their project. */
    public static DataScope ofSchool(long schoolId) {
        return new DataScope(false, Map.of(), schoolId);
    }

    public boolean allowsProject(long projectId) {
        return all || districtsByProject.containsKey(projectId);
    }

    /** True if a record of this project in this district is visible. */
    public boolean allows(long projectId, long districtId) {
        if (all) {
            return true;
        }
        Set<Long> districts = districtsByProject.get(projectId);
        return districts != null && (districts.isEmpty() || districts.contains(districtId));
    }

    /**
     * True if a case of this project, at this school in this district, would be visible; the school scope included.
     * For choosing which schools of a project to show the caller (ReferenceDataService); reads of cases themselves
     * use the SQL form of this rule in {@code cases.ScopedCases}, which is where the rule is kept.
     */
    public boolean allowsCase(long projectId, long districtId, long caseSchoolId) {
        return schoolId != null ? schoolId == caseSchoolId : allows(projectId, districtId);
    }

    public Set<Long> projectIds() {
        return districtsByProject.keySet();
    }
}
