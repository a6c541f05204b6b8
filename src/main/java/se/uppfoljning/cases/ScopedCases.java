package se.uppfoljning.cases;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.uppfoljning.security.DataScope;

/**
 * The cases of a {@link CaseSelection} within the caller's data scope, as an SQL subquery other features put into
 * their own queries ({@code WHERE x.case_id IN (} {@link #idsSubquery()} {@code )}) instead of shipping long lists
 * of case ids. Only {@link CaseSelectionService#scoped} makes one for other features, and {@link CaseService} for
 * its own searches, each from the caller's scope at that moment, so a caller can narrow it (by the selection) but
 * never widen it. Its named parameters all start with
 * {@code scoped_}; pass {@link #params()} with the query.
 *
 * <p>This is the one place the data-scope rule of cases is written (issue #18): a school reporter sees only the
 * cases of its school, {@link DataScope#all()} sees every case, anyone else the cases of their projects, limited to
 * the listed districts where a project lists any. {@link CaseService} puts the same condition into its searches and
 * into its reads of one case by id.
 */
public final class ScopedCases {

    /** The join every condition below is written against: {@code c} the case, {@code s} its school. */
    static final String FROM = "case_pupil_case c JOIN case_school s ON s.id = c.school_id";

    private final String where;
    private final Map<String, Object> params;

    private ScopedCases(String where, Map<String, Object> params) {
        this.where = where;
        this.params = Map.copyOf(params);
    }

    /** {@code SELECT c.id FROM case_pupil_case c ... WHERE <scope> AND <selection>}: one column, the case ids. */
    public String idsSubquery() {
        return "SELECT c.id FROM " + FROM + " WHERE " + where;
    }

    /** The condition on {@code c} and {@code s} of {@link #FROM}. */
    String where() {
        return where;
    }

    /** The subquery's named parameters, {@code scoped_*}. */
    public Map<String, Object> params() {
        return params;
    }

    /** All the cases in the caller's data scope, for the case feature's own searches ({@link CaseService}). */
    static ScopedCases of(DataScope scope) {
        return of(scope, new CaseSelection(null, null, null, null, null));
    }

    /** The condition on {@code c} (case_pupil_case) and {@code s} (its case_school): scope first, then the selection. */
    static ScopedCases of(DataScope scope, CaseSelection selection) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder("(").append(scopeCondition(scope, params)).append(")");
        in(where, params, "c.project_id", "scoped_projects", selection.projectIds());
        in(where, params, "s.district_id", "scoped_districts", selection.districtIds());
        in(where, params, "c.school_id", "scoped_schools", selection.schoolIds());
        if (selection.to() != null) {
            where.append(" AND c.start_date <= :scoped_to");
            params.put("scoped_to", selection.to());
        }
        if (selection.from() != null) {
            where.append(" AND (c.end_date IS NULL OR c.end_date >= :scoped_from)");
            params.put("scoped_from", selection.from());
        }
        return new ScopedCases(where.toString(), params);
    }

    /**
     * The data-scope rule (see the class comment; {@link DataScope#allowsCase} states it in Java for the schools of a
     * project shown to the caller):
     * {@code 1 = 1} for everything, {@code 1 = 0} for nothing, else conditions on {@code c.school_id},
     * {@code c.project_id} and {@code s.district_id} with {@code scoped_*} parameters put into {@code params}.
     */
    private static String scopeCondition(DataScope scope, Map<String, Object> params) {
        if (scope.schoolId() != null) {
            params.put("scoped_school", scope.schoolId());
            return "c.school_id = :scoped_school";
        }
        if (scope.all()) {
            return "1 = 1";
        }
        StringBuilder any = new StringBuilder();
        int i = 0;
        for (Map.Entry<Long, Set<Long>> e : scope.districtsByProject().entrySet()) {
            if (!any.isEmpty()) {
                any.append(" OR ");
            }
            params.put("scoped_p" + i, e.getKey());
            any.append("(c.project_id = :scoped_p").append(i);
            if (!e.getValue().isEmpty()) {
                params.put("scoped_d" + i, List.copyOf(e.getValue()));
                any.append(" AND s.district_id IN (:scoped_d").append(i).append(")");
            }
            any.append(")");
            i++;
        }
        return any.isEmpty() ? "1 = 0" : any.toString();
    }

    private static void in(StringBuilder where, Map<String, Object> params, String column, String name, Set<Long> ids) {
        if (!ids.isEmpty()) {
            where.append(" AND ").append(column).append(" IN (:").append(name).append(")");
            params.put(name, List.copyOf(ids));
        }
    }
}
