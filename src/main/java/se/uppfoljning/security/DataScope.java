package se.uppfoljning.security;

import java.io.Serializable;
import java.util.Map;
import java.util.Set;

/**
 * The projects (and optionally districts within them) a staff member may see.
 *
 * @param all true for staff who see every project (administrators, programme-wide evaluators)
 * @param districtsByProject project id to the allowed district ids; an empty set means the whole project
 */
public record DataScope(boolean all, Map<Long, Set<Long>> districtsByProject) implements Serializable {

    public static final DataScope NONE = new DataScope(false, Map.of());
    public static final DataScope ALL = new DataScope(true, Map.of());

    public DataScope {
        districtsByProject = Map.copyOf(districtsByProject);
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

    public Set<Long> projectIds() {
        return districtsByProject.keySet();
    }
}
