package se.uppfoljning.enquiries;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.uppfoljning.surveys.Answers;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stored entries of double-entered paper forms ({@code enquiry_paper_entry}) and the per-project switch
 * ({@code enquiry_project_setting}). Callers hold the invitation's row lock, so entries of one invitation change
 * one transaction at a time.
 */
@Component
class PaperEntries {

    /** Why an entry stopped being open; its answers are wiped then. */
    enum Outcome {
        /** The two entries agreed and the answer was submitted. */
        MATCHED,
        /** A coordinator resolved the discrepancies and the answer was submitted. */
        RESOLVED,
        /** The guardian answered on the web meanwhile: the web answer counts, these entries do not. */
        WEB_ANSWER
    }

    record Entry(long id, int entryNo, String language, Answers answers, String enteredBy, Instant enteredAt,
                 Outcome outcome) {

        boolean open() {
            return outcome == null;
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, List<String>>> MAP = new TypeReference<>() {
    };
    private final JdbcClient jdbc;

    PaperEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The entries of one invitation, first entry first (open and closed). */
    List<Entry> of(long invitationId) {
        return jdbc.sql("""
                        SELECT id, entry_no, language, answers_json, entered_by, entered_at, outcome
                        FROM enquiry_paper_entry WHERE invitation_id = ? ORDER BY entry_no""")
                .param(invitationId)
                .query((rs, n) -> new Entry(rs.getLong(1), rs.getInt(2), rs.getString(3),
                        rs.getString(4) == null ? null : new Answers(JSON.readValue(rs.getString(4), MAP)),
                        rs.getString(5), rs.getTimestamp(6).toInstant(),
                        rs.getString(7) == null ? null : Outcome.valueOf(rs.getString(7))))
                .list();
    }

    void insert(long invitationId, int entryNo, String language, Answers answers, String enteredBy, Instant now) {
        jdbc.sql("""
                        INSERT INTO enquiry_paper_entry (invitation_id, entry_no, language, answers_json, entered_by, entered_at)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(invitationId, entryNo, language, JSON.writeValueAsString(answers.byQuestion()), enteredBy,
                        Timestamp.from(now))
                .update();
    }

    /** Closes the open entries of an invitation with {@code outcome} and wipes their answers; returns how many. */
    int close(long invitationId, Outcome outcome, Instant now) {
        return jdbc.sql("""
                        UPDATE enquiry_paper_entry SET answers_json = NULL, closed_at = ?, outcome = ?
                        WHERE invitation_id = ? AND outcome IS NULL""")
                .params(Timestamp.from(now), outcome.name(), invitationId).update();
    }

    /** Invitations with two open entries: forms whose discrepancies wait for a coordinator. */
    List<Long> awaitingResolution() {
        return jdbc.sql("""
                        SELECT invitation_id FROM enquiry_paper_entry WHERE outcome IS NULL
                        GROUP BY invitation_id HAVING COUNT(*) = 2 ORDER BY MIN(entered_at)""")
                .query(Long.class).list();
    }

    boolean doubleEntry(long projectId) {
        return jdbc.sql("SELECT paper_double_entry FROM enquiry_project_setting WHERE project_id = ?")
                .param(projectId).query(Boolean.class).optional().orElse(false);
    }

    void setDoubleEntry(long projectId, boolean on, String by, Instant now) {
        jdbc.sql("""
                        INSERT INTO enquiry_project_setting (project_id, paper_double_entry, changed_at, changed_by)
                        VALUES (?, ?, ?, ?)
                        ON DUPLICATE KEY UPDATE paper_double_entry = VALUES(paper_double_entry),
                            changed_at = VALUES(changed_at), changed_by = VALUES(changed_by)""")
                .params(projectId, on, Timestamp.from(now), by).update();
    }

    /** How the submitted answer of an invitation arrived, if it has one. */
    java.util.Optional<AnswerMode> submittedMode(long invitationId) {
        return jdbc.sql("SELECT mode FROM enquiry_submission WHERE invitation_id = ?").param(invitationId)
                .query(String.class).optional().map(AnswerMode::valueOf);
    }

}
