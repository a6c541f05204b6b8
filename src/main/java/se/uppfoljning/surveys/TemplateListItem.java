package se.uppfoljning.surveys;

import java.util.List;

/** One row of the template list: one version of one template. */
public record TemplateListItem(String id, int version, TemplateKind kind, List<String> waves, List<String> languages,
                               int questionCount, String sourceFile) {

    private static final List<String> WAVE_ORDER = List.of("START", "PERIODIC", "END");

    static TemplateListItem of(SurveyTemplate t) {
        List<String> waves = t.waves().stream().sorted(java.util.Comparator.comparingInt(WAVE_ORDER::indexOf)).toList();
        return new TemplateListItem(t.id(), t.version(), t.kind(), waves, t.languages(), t.questions().size(),
                t.sourceFile());
    }
}
