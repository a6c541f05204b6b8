package se.uppfoljning.enquiries;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.uppfoljning.surveys.TemplateUsage;

/** Every invitation (open, answered, expired or revoked) keeps its template version loadable. */
@Component
class InvitationTemplateUsage implements TemplateUsage {

    private final JdbcClient jdbc;

    InvitationTemplateUsage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String what() {
        return "invitations";
    }

    @Override
    public Map<String, Long> countsByTemplateVersion() {
        return TemplateUsage.count(jdbc, "SELECT template_id, template_version, COUNT(*) FROM enquiry_invitation"
                        + " GROUP BY template_id, template_version");
    }
}
