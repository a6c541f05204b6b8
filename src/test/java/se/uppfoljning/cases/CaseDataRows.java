package se.uppfoljning.cases;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Writes the rows other features keep about a case straight into their tables (a submitted survey response
 * with answers, an invitation with its submission), so case-deletion tests need no enquiry flow, and counts
 * what is left.
 */
final class CaseDataRows {

    private static final String TEMPLATE = "test-case-deletion";
    private final JdbcClient jdbc;

    CaseDataRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A submitted parent response with two answers and the invitation it came through. */
    void addSubmittedEnquiry(CaseDetails c) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("""
                INSERT IGNORE INTO survey_template_version (template_id, version, content_hash, source_file)
                VALUES (?, 1, REPEAT('a', 64), 'test')""").param(TEMPLATE).update();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO survey_response (template_id, template_version, purpose, case_id, wave, language, status,
                                             started_at, updated_at, submitted_at)
                VALUES (?, 1, 'ENQUIRY', ?, 'START', 'sv', 'SUBMITTED', ?, ?, ?)""")
                .params(TEMPLATE, c.id(), now, now, now).update(key);
        long responseId = key.getKey().longValue();
        jdbc.sql("INSERT INTO survey_answer (response_id, question_id, analysis_key, value_index, answer_value) "
                + "VALUES (?, 'q1', 'wellbeing', 0, '4'), (?, 'q2', NULL, 0, 'ja')").params(responseId, responseId).update();
        GeneratedKeyHolder invitationKey = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO enquiry_invitation (case_id, project_id, school_id, wave, guardian_no, token_hash, code_hash,
                    language, template_id, template_version, created_at, created_by, expires_at, submitted_at, response_id)
                VALUES (?, ?, ?, 'START', 1, ?, ?, 'sv', ?, 1, ?, 'test', ?, ?, ?)""")
                .params(c.id(), c.projectId(), c.schoolId(), randomHash(), randomHash(), TEMPLATE, now,
                        Timestamp.from(Instant.now().plusSeconds(86_400)), now, responseId)
                .update(invitationKey);
        jdbc.sql("INSERT INTO enquiry_submission (invitation_id, response_id, submitted_at) VALUES (?, ?, ?)")
                .params(invitationKey.getKey().longValue(), responseId, now).update();
    }

    /** Rows per table that belong to the case. */
    Map<String, Integer> rowsOf(long caseId) {
        return Map.of(
                "case", count("SELECT COUNT(*) FROM case_pupil_case WHERE id = ?", caseId),
                "response", count("SELECT COUNT(*) FROM survey_response WHERE case_id = ?", caseId),
                "answer", count("SELECT COUNT(*) FROM survey_answer a JOIN survey_response r ON r.id = a.response_id "
                        + "WHERE r.case_id = ?", caseId),
                "invitation", count("SELECT COUNT(*) FROM enquiry_invitation WHERE case_id = ?", caseId),
                "submission", count("SELECT COUNT(*) FROM enquiry_submission s JOIN enquiry_invitation i "
                        + "ON i.id = s.invitation_id WHERE i.case_id = ?", caseId));
    }

    /** Answers whose response row is gone would be orphans; there must never be any for deleted responses. */
    int orphanAnswers() {
        return count("SELECT COUNT(*) FROM survey_answer a LEFT JOIN survey_response r ON r.id = a.response_id "
                + "WHERE r.id IS NULL", null);
    }

    int orphanSubmissions() {
        return count("SELECT COUNT(*) FROM enquiry_submission s LEFT JOIN enquiry_invitation i ON i.id = s.invitation_id "
                + "WHERE i.id IS NULL", null);
    }

    private int count(String sql, Long id) {
        var spec = jdbc.sql(sql);
        return (id == null ? spec : spec.param(id)).query(Integer.class).single();
    }

    private static String randomHash() {
        byte[] b = new byte[32];
        ThreadLocalRandom.current().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
