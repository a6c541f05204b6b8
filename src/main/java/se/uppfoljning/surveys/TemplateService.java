package se.uppfoljning.surveys;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import se.uppfoljning.base.Roles;

/**
 * Lists the loaded survey templates for administrators and coordinators. Reads only the in-memory
 * {@link TemplateCatalog}, so there is no transaction. Other features that fill in a template use the
 * catalog bean directly.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.COORDINATOR + "')")
public class TemplateService {

    private final TemplateCatalog catalog;

    TemplateService(TemplateCatalog catalog) {
        this.catalog = catalog;
    }

    /** Every version of every template, by id then version. */
    public List<TemplateListItem> list() {
        return catalog.all().stream().map(TemplateListItem::of).toList();
    }

    /** One template version; {@code surveys.error.template-unknown} if there is no such version. */
    public SurveyTemplate get(String id, int version) {
        return catalog.get(id, version);
    }
}
