package se.uppfoljning.surveys;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.uppfoljning.base.BusinessException;

/**
 * All templates loaded at startup, every version of each. Immutable after startup; safe to share.
 * Lookups of a template that does not exist throw {@link BusinessException} with key
 * {@code surveys.error.template-unknown}.
 */
public class TemplateCatalog {

    /** In {@code unreviewedForParents}: every language. */
    public static final String ALL_LANGUAGES = "*";
    private final Map<String, SurveyTemplate> byKey;
    private final Set<String> unreviewedForParents;

    /** A catalog that offers parents only reviewed languages. */
    public TemplateCatalog(List<SurveyTemplate> templates) {
        this(templates, Set.of());
    }

    /**
     * @param unreviewedForParents languages offered to parents although no native speaker has checked them
     *                             ({@code uppfoljning.surveys.unreviewed-languages-for-parents}); {@code *} for all
     */
    public TemplateCatalog(List<SurveyTemplate> templates, Set<String> unreviewedForParents) {
        this.byKey = templates.stream().collect(Collectors.toUnmodifiableMap(SurveyTemplate::key, Function.identity()));
        this.unreviewedForParents = Set.copyOf(unreviewedForParents);
    }

    /**
     * The languages a parent may choose for this template, in the template's order: Swedish, every reviewed
     * language, and unreviewed ones only when configured.
     */
    public List<String> parentLanguages(SurveyTemplate template) {
        return template.languages().stream().filter(l -> template.isReviewed(l)
                || unreviewedForParents.contains(ALL_LANGUAGES) || unreviewedForParents.contains(l)).toList();
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
