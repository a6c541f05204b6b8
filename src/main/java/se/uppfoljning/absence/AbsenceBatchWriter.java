package se.uppfoljning.absence;

import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.uppfoljning.base.BusinessException;

/**
 * Writes an import's months in JDBC batches inside the caller's transaction (issue #16: a 20,000-row file in
 * under 5 s). Hibernate cannot batch inserts of {@code IDENTITY} ids, which made one round trip per row.
 * Updates carry the version read at preview time, so a month changed meanwhile fails the whole import.
 */
@Component
class AbsenceBatchWriter {

    private static final int BATCH = 1000;
    private static final String INSERT = "INSERT INTO absence_month (case_id, month_start, hours_offered,"
            + " hours_unauthorised, hours_authorised, version) VALUES (?, ?, ?, ?, ?, 0)";
    private static final String UPDATE = "UPDATE absence_month SET hours_offered = ?, hours_unauthorised = ?,"
            + " hours_authorised = ?, version = version + 1 WHERE id = ? AND version = ?";
    private final JdbcTemplate jdbc;

    AbsenceBatchWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param inserts rows of case id, first day of month, offered, unauthorised, authorised
     * @param updates rows of offered, unauthorised, authorised, month id, expected version
     * @throws BusinessException {@code absence.import.error.concurrent} when another save got there first
     */
    void write(List<Object[]> inserts, List<Object[]> updates) {
        try {
            for (int i = 0; i < inserts.size(); i += BATCH) {
                jdbc.batchUpdate(INSERT, inserts.subList(i, Math.min(inserts.size(), i + BATCH)));
            }
            for (int i = 0; i < updates.size(); i += BATCH) {
                for (int count : jdbc.batchUpdate(UPDATE, updates.subList(i, Math.min(updates.size(), i + BATCH)))) {
                    if (count == 0) {
                        throw new BusinessException("file", "absence.import.error.concurrent");
                    }
                }
            }
        } catch (DataIntegrityViolationException raceWithAnotherImport) {
            throw new BusinessException("file", "absence.import.error.concurrent");
        }
    }
}
