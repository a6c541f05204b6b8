package se.uppfoljning.surveys;

import java.util.Map;

/**
 * Something outside this feature that refers to template versions (invitations, rating entries,
 * focus-group sessions). At startup every version any of them refers to must be among the loaded templates,
 * or the application refuses to start and says which file is missing. Implemented by each feature that
 * stores a template id and version; its bean must not depend on {@link TemplateCatalog}.
 */
public interface TemplateUsage {

    /** Plural noun for messages, e.g. "invitations". */
    String what();

    /** How many rows refer to each version, keyed {@code templateId@version} (see {@link SurveyTemplate#key()}). */
    Map<String, Long> countsByTemplateVersion();

    /**
     * Runs a query returning (template id, version, count) rows and keys the counts by template version.
     *
     * @param sql e.g. {@code SELECT template_id, template_version, COUNT(*) FROM t GROUP BY template_id, template_version}
     */
    static Map<String, Long> count(org.springframework.jdbc.core.simple.JdbcClient jdbc, String sql) {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        jdbc.sql(sql).query(rs -> {
            counts.put(rs.getString(1) + "@" + rs.getInt(2), rs.getLong(3));
        });
        return counts;
    }
}
