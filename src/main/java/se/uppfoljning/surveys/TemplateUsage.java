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
}
