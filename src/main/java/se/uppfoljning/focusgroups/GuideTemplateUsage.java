package se.uppfoljning.focusgroups;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.uppfoljning.surveys.TemplateUsage;

/** Every focus-group session keeps the version of its guide loadable. */
@Component
class GuideTemplateUsage implements TemplateUsage {

    private final JdbcClient jdbc;

    GuideTemplateUsage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String what() {
        return "focus-group sessions";
    }

    @Override
    public Map<String, Long> countsByTemplateVersion() {
        return TemplateUsage.count(jdbc, "SELECT guide_template_id, guide_template_version, COUNT(*) FROM focusgroup_session"
                        + " WHERE guide_template_id IS NOT NULL GROUP BY guide_template_id, guide_template_version");
    }
}
