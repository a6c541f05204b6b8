package se.uppfoljning.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.uppfoljning.base.Roles;
import se.uppfoljning.security.CurrentStaff;

/**
 * The cases behind an evaluation report, within the evaluator's data scope. Only the report feature and the
 * features it reads from use it; what leaves it is pseudonymous and is aggregated and suppressed before anyone
 * reads it.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.EVALUATOR + "')")
public class CaseSelectionService {

    private final JdbcClient jdbc;
    private final CurrentStaff current;

    CaseSelectionService(JdbcClient jdbc, CurrentStaff current) {
        this.jdbc = jdbc;
        this.current = current;
    }

    /** The selected cases in the caller's data scope, by id. One query, no entities (reports read 10,000s). */
    @Transactional(readOnly = true)
    public List<CaseDetails> select(CaseSelection selection) {
        ScopedCases scoped = ScopedCases.of(current.scope(), selection);
        return jdbc.sql("""
                        SELECT c.id, c.case_code, c.project_id, p.name, c.school_id, s.name, s.district_id, d.name,
                               c.grade, c.gender, c.start_date, c.end_date, c.status, c.dropout_reason,
                               c.knowledge_goals, c.eligible_upper_secondary, c.intervention_cost, c.version
                        FROM %s JOIN case_project p ON p.id = c.project_id JOIN case_district d ON d.id = s.district_id
                        WHERE %s ORDER BY c.id""".formatted(ScopedCases.FROM, scoped.where()))
                .params(scoped.params())
                .query(CaseSelectionService::details)
                .list();
    }

    /**
     * The selected cases in the caller's data scope as a subquery for other features' queries (see
     * {@link ScopedCases}): the same cases as {@link #select}, without reading them.
     */
    @Transactional(readOnly = true)
    public ScopedCases scoped(CaseSelection selection) {
        return ScopedCases.of(current.scope(), selection);
    }

    private static CaseDetails details(ResultSet rs, int row) throws SQLException {
        long projectId = rs.getLong(3);
        long schoolId = rs.getLong(5);
        String reason = rs.getString(14);
        String goals = rs.getString(15);
        boolean eligible = rs.getBoolean(16);
        Boolean eligibleOrNull = rs.wasNull() ? null : eligible;
        CaseData data = new CaseData(projectId, schoolId, rs.getInt(9), Gender.valueOf(rs.getString(10)),
                rs.getObject(11, LocalDate.class), rs.getObject(12, LocalDate.class),
                CaseStatus.valueOf(rs.getString(13)), reason == null ? null : DropoutReason.valueOf(reason),
                goals == null ? null : KnowledgeGoals.valueOf(goals), eligibleOrNull, rs.getBigDecimal(17));
        return new CaseDetails(rs.getLong(1), rs.getString(2), projectId, rs.getString(4), schoolId, rs.getString(6),
                rs.getLong(7), rs.getString(8), data, rs.getInt(18));
    }
}
