package se.uppfoljning.surveys;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.uppfoljning.audit.AuditTrail;

/**
 * Keeps published template versions immutable. Every version the application has loaded is stored in
 * {@code survey_template_version} with the SHA-256 of its file. At startup each loaded version is compared:
 * <ul>
 *   <li>unknown: stored;</li>
 *   <li>same hash: nothing to do;</li>
 *   <li>different hash and no {@code survey_response} for that version: a draft nobody has answered, the
 *       stored hash is updated;</li>
 *   <li>different hash and responses exist: refused, the change must be published as a new version.</li>
 * </ul>
 * A version with responses whose file has gone is refused too: its answers could no longer be shown.
 * All or nothing: if anything is refused, nothing is written.
 */
@Component
class TemplateVersionRegistry {

    static final String ACTOR = "system";
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final AuditTrail audit;

    TemplateVersionRegistry(JdbcClient jdbc, PlatformTransactionManager transactions, AuditTrail audit) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.audit = audit;
    }

    /**
     * @param added versions stored for the first time
     * @param draftsChanged unanswered versions whose file changed
     */
    record Registration(List<String> added, List<String> unchanged, List<String> draftsChanged) {
    }

    /**
     * Checks {@code templates} (loaded from {@code folder}) against the stored versions and records new ones.
     *
     * @throws TemplateLoadException listing every answered version whose file changed; nothing is stored then
     */
    Registration register(Path folder, List<SurveyTemplate> templates) {
        Registration registration = tx.execute(status -> {
            List<TemplateProblem> refused = new ArrayList<>();
            List<String> added = new ArrayList<>();
            List<String> unchanged = new ArrayList<>();
            List<String> changed = new ArrayList<>();
            for (SurveyTemplate t : templates) {
                Optional<String> stored = jdbc.sql("""
                                SELECT content_hash FROM survey_template_version
                                WHERE template_id = ? AND version = ? FOR UPDATE""")
                        .params(t.id(), t.version()).query(String.class).optional();
                if (stored.isEmpty()) {
                    jdbc.sql("""
                                    INSERT INTO survey_template_version (template_id, version, content_hash, source_file)
                                    VALUES (?, ?, ?, ?)""")
                            .params(t.id(), t.version(), t.contentHash(), t.sourceFile()).update();
                    added.add(t.key());
                } else if (stored.get().equals(t.contentHash())) {
                    unchanged.add(t.key());
                } else if (responses(t.id(), t.version()) > 0) {
                    refused.add(new TemplateProblem(folder.resolve(t.sourceFile()).toString(), 0, 0, "",
                            "version " + t.version() + " of " + t.id() + " already has answers and its content changed;"
                                    + " publish it as version " + nextVersion(t.id(), templates)));
                } else {
                    jdbc.sql("""
                                    UPDATE survey_template_version SET content_hash = ?, source_file = ?
                                    WHERE template_id = ? AND version = ?""")
                            .params(t.contentHash(), t.sourceFile(), t.id(), t.version()).update();
                    changed.add(t.key());
                }
            }
            if (!refused.isEmpty()) {
                throw new TemplateLoadException(refused);
            }
            return new Registration(added, unchanged, changed);
        });
        // after commit: audit entries are chained in their own transactions
        registration.added().forEach(key -> audit.record(ACTOR, "SURVEY_TEMPLATE_ADDED", "survey-template:" + key,
                "hash " + hash(templates, key)));
        registration.draftsChanged().forEach(key -> audit.record(ACTOR, "SURVEY_TEMPLATE_DRAFT_CHANGED",
                "survey-template:" + key, "unanswered version changed, new hash " + hash(templates, key)));
        return registration;
    }

    /**
     * Refuses to run without the file of a version that has answers.
     *
     * @throws TemplateLoadException naming each answered version that is not among {@code templates}
     */
    void checkAnsweredVersionsPresent(Path folder, List<SurveyTemplate> templates) {
        Map<String, SurveyTemplate> loaded = new HashMap<>();
        templates.forEach(t -> loaded.put(t.key(), t));
        List<TemplateProblem> missing = new ArrayList<>();
        jdbc.sql("""
                        SELECT v.template_id, v.version, v.source_file, COUNT(*) FROM survey_template_version v
                        JOIN survey_response r ON r.template_id = v.template_id AND r.template_version = v.version
                        GROUP BY v.template_id, v.version, v.source_file ORDER BY v.template_id, v.version""")
                .query((rs, n) -> {
                    String key = rs.getString(1) + "@" + rs.getInt(2);
                    if (!loaded.containsKey(key)) {
                        missing.add(new TemplateProblem(folder.resolve(rs.getString(3)).toString(), 0, 0, "",
                                "version " + rs.getInt(2) + " of " + rs.getString(1) + " has " + rs.getLong(4)
                                        + " responses but is no longer in the folder; put the file back, the answers"
                                        + " cannot be shown without it"));
                    }
                    return key;
                }).list();
        if (!missing.isEmpty()) {
            throw new TemplateLoadException(missing);
        }
    }

    private long responses(String templateId, int version) {
        return jdbc.sql("SELECT COUNT(*) FROM survey_response WHERE template_id = ? AND template_version = ?")
                .params(templateId, version).query(Long.class).single();
    }

    /** One above the highest version known for the id, loaded or stored. */
    private int nextVersion(String templateId, List<SurveyTemplate> templates) {
        int stored = jdbc.sql("SELECT COALESCE(MAX(version), 0) FROM survey_template_version WHERE template_id = ?")
                .params(templateId).query(Integer.class).single();
        int loaded = templates.stream().filter(t -> t.id().equals(templateId)).mapToInt(SurveyTemplate::version)
                .max().orElse(0);
        return Math.max(stored, loaded) + 1;
    }

    private static String hash(List<SurveyTemplate> templates, String key) {
        return templates.stream().filter(t -> t.key().equals(key)).findFirst().map(SurveyTemplate::contentHash)
                .orElse("");
    }
}
