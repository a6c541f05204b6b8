package se.uppfoljning.surveys;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A loaded, validated questionnaire. Immutable; identified by {@code id} and {@code version}.
 *
 * @param waves START, END and/or PERIODIC
 * @param languages languages every text is offered in, Swedish first, then those of the template file, then
 *                  those of its language packs
 * @param sourceFile the file it was loaded from, for messages
 * @param contentHash SHA-256 of the file's text with normalised line endings; a published version may never
 *                    change it once answered (language packs are not part of it)
 * @param languageDetails one entry per language, in the order of {@code languages}: reviewed or not, and where
 *                        its texts come from
 */
public record SurveyTemplate(String id, int version, TemplateKind kind, Set<String> waves, List<String> languages,
                             LocalizedText title, LocalizedText intro, List<Section> sections, String sourceFile,
                             String contentHash, List<TemplateLanguage> languageDetails) {

    /** A template whose texts all come from its own file, with only Swedish counted as reviewed. */
    public SurveyTemplate(String id, int version, TemplateKind kind, Set<String> waves, List<String> languages,
                          LocalizedText title, LocalizedText intro, List<Section> sections, String sourceFile,
                          String contentHash) {
        this(id, version, kind, waves, languages, title, intro, sections, sourceFile, contentHash,
                languages.stream().map(l -> new TemplateLanguage(l, LocalizedText.DEFAULT_LANGUAGE.equals(l), sourceFile))
                        .toList());
    }

    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "fa", "he", "ur", "ps", "ckb", "yi");

    public SurveyTemplate {
        waves = Set.copyOf(waves);
        languages = List.copyOf(languages);
        sections = List.copyOf(sections);
        intro = intro == null ? LocalizedText.EMPTY : intro;
        languageDetails = List.copyOf(languageDetails);
    }

    /** Whether a native speaker has checked this language's texts; false for a language not offered. */
    public boolean isReviewed(String language) {
        return languageDetails.stream().anyMatch(l -> l.code().equals(language) && l.reviewed());
    }

    public String key() {
        return id + "@" + version;
    }

    public List<Question> questions() {
        return sections.stream().flatMap(s -> s.questions().stream()).toList();
    }

    public Optional<Question> question(String questionId) {
        return questions().stream().filter(q -> q.id().equals(questionId)).findFirst();
    }

    public static boolean isRightToLeft(String language) {
        return RIGHT_TO_LEFT.contains(language);
    }
}
