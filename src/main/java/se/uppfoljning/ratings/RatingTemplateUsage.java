package se.uppfoljning.ratings;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.uppfoljning.surveys.TemplateUsage;

/** Every rating entry keeps the version of the rating form it was filled in on loadable. */
@Component
class RatingTemplateUsage implements TemplateUsage {

    private final JdbcClient jdbc;

    RatingTemplateUsage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String what() {
        return "rating entries";
    }

    @Override
    public Map<String, Long> countsByTemplateVersion() {
        return TemplateUsage.count(jdbc, "SELECT template_id, template_version, COUNT(*) FROM rating_entry"
                        + " GROUP BY template_id, template_version");
    }
}
