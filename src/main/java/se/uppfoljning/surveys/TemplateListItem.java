package se.uppfoljning.surveys;

import java.util.List;

/**
 * One row of the template list: one version of one template.
 *
 * @param unreviewedLanguages languages whose texts no native speaker has checked yet
 */
public record TemplateListItem(String id, int version, TemplateKind kind, List<String> waves, List<String> languages,
                               int questionCount, String sourceFile, List<String> unreviewedLanguages) {

    private static final List<String> WAVE_ORDER = List.of("START", "PERIODIC", "END");

    static TemplateListItem of(SurveyTemplate t) {
        List<String> waves = t.waves().stream().sorted(java.util.Comparator.comparingInt(WAVE_ORDER::indexOf)).toList();
        return new TemplateListItem(t.id(), t.version(), t.kind(), waves, t.languages(), t.questions().size(),
                t.sourceFile(), t.languageDetails().stream().filter(l -> !l.reviewed()).map(TemplateLanguage::code).toList());
    }
}
