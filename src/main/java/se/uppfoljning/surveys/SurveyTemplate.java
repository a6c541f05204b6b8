package se.uppfoljning.surveys;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A loaded, validated questionnaire. Immutable; identified by {@code id} and {@code version}.
 *
 * @param waves START, END and/or PERIODIC
 * @param languages languages every text is offered in, Swedish first
 * @param sourceFile the file it was loaded from, for messages
 * @param contentHash SHA-256 of the file's bytes; a published version may never change it once answered
 */
public record SurveyTemplate(String id, int version, TemplateKind kind, Set<String> waves, List<String> languages,
                             LocalizedText title, LocalizedText intro, List<Section> sections, String sourceFile,
                             String contentHash) {

    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "fa", "he", "ur", "ps", "ckb", "yi");

    public SurveyTemplate {
        waves = Set.copyOf(waves);
        languages = List.copyOf(languages);
        sections = List.copyOf(sections);
        intro = intro == null ? LocalizedText.EMPTY : intro;
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
