package se.uppfoljning.surveys;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.uppfoljning.audit.AuditTrail;

/**
 * Keeps published template versions immutable. Every version the application has loaded is stored in
 * {@code survey_template_version} with the SHA-256 and the text of its file (line endings normalised). At startup each loaded version is compared:
 * <ul>
 *   <li>unknown: stored;</li>
 *   <li>same hash: nothing to do;</li>
 *   <li>different hash and no {@code survey_response} for that version: a draft nobody has answered, the
 *       stored hash is updated;</li>
 *   <li>different hash and responses exist: refused with the lines that changed, the change must be
 *       published as a new version.</li>
 * </ul>
 * A version that a response, invitation, rating entry or focus-group session refers to and whose file has
 * gone is refused too: parents could not open it and its answers could no longer be shown.
 * All or nothing: if anything is refused, nothing is written.
 */
@Component
class TemplateVersionRegistry {

    static final String ACTOR = "system";
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final AuditTrail audit;
    private final List<TemplateUsage> usages;

    TemplateVersionRegistry(JdbcClient jdbc, PlatformTransactionManager transactions, AuditTrail audit,
                            List<TemplateUsage> usages) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.audit = audit;
        this.usages = List.copyOf(usages);
    }

    /**
     * @param added versions stored for the first time
     * @param draftsChanged unanswered versions whose file changed
     */
    record Registration(List<String> added, List<String> unchanged, List<String> draftsChanged) {
    }

    /**
     * Checks {@code templates} (loaded from {@code folder}) against the stored versions and records new ones.
     * Hashes are of the normalised file ({@link TemplateLoader#normalize}); a version stored with the hash of
     * its raw bytes (before normalisation) and the same content counts as unchanged and gets the new hash.
     *
     * @throws TemplateLoadException listing every answered version whose file changed, with the lines that
     *         changed; nothing is stored then
     */
    Registration register(Path folder, List<SurveyTemplate> templates) {
        Registration registration = tx.execute(status -> {
            List<TemplateProblem> refused = new ArrayList<>();
            List<String> added = new ArrayList<>();
            List<String> unchanged = new ArrayList<>();
            List<String> changed = new ArrayList<>();
            for (SurveyTemplate t : templates) {
                Path file = folder.resolve(t.sourceFile());
                String content = content(file);
                Optional<Stored> stored = jdbc.sql("""
                                SELECT content_hash, content FROM survey_template_version
                                WHERE template_id = ? AND version = ? FOR UPDATE""")
                        .params(t.id(), t.version()).query((rs, n) -> new Stored(rs.getString(1), rs.getString(2)))
                        .optional();
                if (stored.isEmpty()) {
                    jdbc.sql("""
                                    INSERT INTO survey_template_version (template_id, version, content_hash, source_file, content)
                                    VALUES (?, ?, ?, ?, ?)""")
                            .params(t.id(), t.version(), t.contentHash(), t.sourceFile(), content).update();
                    added.add(t.key());
                } else if (stored.get().hash().equals(t.contentHash()) || stored.get().hash().equals(rawHash(file))) {
                    if (!stored.get().hash().equals(t.contentHash()) || stored.get().content() == null) {
                        update(t, content);
                    }
                    unchanged.add(t.key());
                } else if (responses(t.id(), t.version()) > 0) {
                    refused.add(new TemplateProblem(file.toString(), 0, 0, "",
                            "version " + t.version() + " of " + t.id() + " already has answers and its content changed ("
                                    + describeChange(stored.get().content(), content) + "); publish it as version "
                                    + nextVersion(t.id(), templates) + " in a new file and keep this one as it was"));
                } else {
                    update(t, content);
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

    private record Stored(String hash, String content) {
    }

    private void update(SurveyTemplate t, String content) {
        jdbc.sql("""
                        UPDATE survey_template_version SET content_hash = ?, source_file = ?, content = ?
                        WHERE template_id = ? AND version = ?""")
                .params(t.contentHash(), t.sourceFile(), content, t.id(), t.version()).update();
    }

    /**
     * Refuses to run without the file of a version that anything still refers to: a response, or a row of
     * another feature ({@link TemplateUsage}: invitations, rating entries, focus-group sessions). Otherwise a
     * parent holding a letter would meet an error instead of the questionnaire, and answers could not be shown.
     *
     * @throws TemplateLoadException naming each referred version that is not among {@code templates}, with what
     *         refers to it
     */
    void checkReferencedVersionsPresent(Path folder, List<SurveyTemplate> templates) {
        Map<String, SurveyTemplate> loaded = new HashMap<>();
        templates.forEach(t -> loaded.put(t.key(), t));
        Map<String, List<String>> references = new TreeMap<>();
        jdbc.sql("SELECT template_id, template_version, COUNT(*) FROM survey_response GROUP BY template_id, template_version")
                .query(rs -> {
                    references.computeIfAbsent(rs.getString(1) + "@" + rs.getInt(2), k -> new ArrayList<>())
                            .add(rs.getLong(3) + " responses");
                });
        for (TemplateUsage usage : usages) {
            usage.countsByTemplateVersion().forEach((key, count) -> references
                    .computeIfAbsent(key, k -> new ArrayList<>()).add(count + " " + usage.what()));
        }
        List<TemplateProblem> missing = new ArrayList<>();
        references.forEach((key, what) -> {
            if (loaded.containsKey(key)) {
                return;
            }
            String id = key.substring(0, key.lastIndexOf('@'));
            int version = Integer.parseInt(key.substring(key.lastIndexOf('@') + 1));
            String sourceFile = jdbc.sql("SELECT source_file FROM survey_template_version WHERE template_id = ? AND version = ?")
                    .params(id, version).query(String.class).optional().orElse(id + ".yaml");
            missing.add(new TemplateProblem(folder.resolve(sourceFile).toString(), 0, 0, "", "version " + version
                    + " of " + id + " is still used by " + String.join(" and ", what) + ", but no file in the folder"
                    + " defines it; put the file with version " + version + " back (a new version goes into a new"
                    + " file beside it): without it parents could not open their questionnaire and answers could"
                    + " not be shown"));
        });
        if (!missing.isEmpty()) {
            throw new TemplateLoadException(missing);
        }
    }

    /**
     * Which lines differ between the stored and the new text, e.g. {@code line 12 changed: "  sv: Hej" is now
     * "  sv: Hej då"}; line endings never count (both are normalised).
     */
    static String describeChange(String before, String after) {
        if (before == null) {
            return "the earlier text was stored before contents were kept; compare the file with version control";
        }
        if (after == null) {
            return "the file could not be read again";
        }
        List<String> a = before.lines().toList();
        List<String> b = after.lines().toList();
        int first = 0;
        while (first < a.size() && first < b.size() && a.get(first).equals(b.get(first))) {
            first++;
        }
        int endA = a.size();
        int endB = b.size();
        while (endA > first && endB > first && a.get(endA - 1).equals(b.get(endB - 1))) {
            endA--;
            endB--;
        }
        if (first == a.size() && first == b.size()) {
            return "only trailing blank lines or the final line break changed";
        }
        String lines = endB - first <= 1 ? "line " + (first + 1) : "lines " + (first + 1) + "-" + endB;
        String was = first < endA ? quote(a.get(first)) : "nothing";
        String now = first < endB ? quote(b.get(first)) : "nothing";
        return (endB > first ? lines : "after line " + first) + " changed: " + was + " is now " + now;
    }

    private static String quote(String line) {
        String trimmed = line.strip();
        return "\"" + (trimmed.length() > 80 ? trimmed.substring(0, 77) + "..." : trimmed) + "\"";
    }

    private static String content(Path file) {
        try {
            return new String(TemplateLoader.normalize(Files.readAllBytes(file)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    /** The hash stored before line endings were normalised: of the file's bytes as they are. */
    private static String rawHash(Path file) {
        try {
            return TemplateLoader.sha256(Files.readAllBytes(file));
        } catch (IOException e) {
            return "";
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
