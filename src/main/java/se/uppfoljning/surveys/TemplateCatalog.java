package se.uppfoljning.surveys;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.uppfoljning.base.BusinessException;

/**
 * All templates loaded at startup, every version of each. Immutable after startup; safe to share.
 * Lookups of a template that does not exist throw {@link BusinessException} with key
 * {@code surveys.error.template-unknown}.
 */
public class TemplateCatalog {

    private final Map<String, SurveyTemplate> byKey;

    public TemplateCatalog(List<SurveyTemplate> templates) {
        this.byKey = templates.stream().collect(Collectors.toUnmodifiableMap(SurveyTemplate::key, Function.identity()));
    }

    /** Every version of every template, sorted by id then version. */
    public List<SurveyTemplate> all() {
        return byKey.values().stream()
                .sorted(Comparator.comparing(SurveyTemplate::id).thenComparingInt(SurveyTemplate::version)).toList();
    }

    public SurveyTemplate get(String id, int version) {
        SurveyTemplate t = byKey.get(id + "@" + version);
        if (t == null) {
            throw new BusinessException("surveys.error.template-unknown", id + "@" + version);
        }
        return t;
    }

    /** The newest version of the first template (by id) of this kind that belongs to the wave. */
    public Optional<SurveyTemplate> latestFor(TemplateKind kind, String wave) {
        return byKey.values().stream().filter(t -> t.kind() == kind && (wave == null || t.waves().contains(wave)))
                .collect(Collectors.groupingBy(SurveyTemplate::id)).entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getValue().stream().max(Comparator.comparingInt(SurveyTemplate::version)).orElseThrow())
                .findFirst();
    }

    public List<SurveyTemplate> ofKind(TemplateKind kind) {
        return all().stream().filter(t -> t.kind() == kind).toList();
    }
}
