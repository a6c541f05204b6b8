package se.uppfoljning.surveys;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Turns a checked template tree into the records; no checks of its own (schema and rules ran before). */
final class TemplateMapper {

    static final int SHORT_TEXT_DEFAULT_LENGTH = 200;
    static final int LONG_TEXT_DEFAULT_LENGTH = 4000;

    private TemplateMapper() {
    }

    /**
     * @param packLanguages languages added from language packs (their texts are already in {@code root})
     */
    static SurveyTemplate map(JsonNode root, String sourceFile, String contentHash, List<TemplateLanguage> packLanguages) {
        Set<String> waves = new LinkedHashSet<>();
        root.get("waves").forEach(w -> waves.add(w.asString()));
        List<String> languages = new ArrayList<>();
        root.get("languages").forEach(l -> languages.add(l.asString()));
        List<Section> sections = new ArrayList<>();
        root.get("sections").forEach(s -> sections.add(section(s)));
        Set<String> reviewed = new LinkedHashSet<>();
        reviewed.add(LocalizedText.DEFAULT_LANGUAGE);
        if (root.has("reviewed-languages")) {
            root.get("reviewed-languages").forEach(l -> reviewed.add(l.asString()));
        }
        List<TemplateLanguage> details = new ArrayList<>();
        for (String language : languages) {
            details.add(packLanguages.stream().filter(p -> p.code().equals(language)).findFirst()
                    .orElse(new TemplateLanguage(language, reviewed.contains(language), sourceFile)));
        }
        return new SurveyTemplate(root.get("id").asString(), root.get("version").intValue(),
                TemplateKind.fromFileName(root.get("kind").asString()), waves, languages, text(root.get("title")),
                text(root.get("intro")), sections, sourceFile, contentHash, details);
    }

    private static Section section(JsonNode s) {
        List<Question> questions = new ArrayList<>();
        s.get("questions").forEach(q -> questions.add(question(q)));
        return new Section(s.get("id").asString(), text(s.get("title")), text(s.get("intro")), questions);
    }

    private static Question question(JsonNode q) {
        QuestionType type = QuestionType.fromFileName(q.get("type").asString());
        ShowIf showIf = null;
        if (q.has("show-if")) {
            List<String> anyOf = new ArrayList<>();
            q.get("show-if").get("any-of").forEach(v -> anyOf.add(v.asString()));
            showIf = new ShowIf(q.get("show-if").get("question").asString(), anyOf);
        }
        List<Choice> choices = new ArrayList<>();
        if (q.has("choices")) {
            q.get("choices").forEach(c -> choices.add(new Choice(c.get("value").asString(), text(c.get("label")))));
        }
        List<MatrixItem> items = new ArrayList<>();
        if (q.has("items")) {
            q.get("items").forEach(i -> items.add(new MatrixItem(i.get("id").asString(), text(i.get("text")),
                    i.get("analysis-key").asString())));
        }
        return new Question(q.get("id").asString(), type, text(q.get("text")), text(q.get("help")),
                flag(q, "required"), showIf,
                q.has("analysis-key") ? q.get("analysis-key").asString() : null,
                type.isFreeText() && flag(q, "free-text-in-reports"), scale(type, q.get("scale")),
                choices, items, q.has("min") ? q.get("min").decimalValue() : null,
                q.has("max") ? q.get("max").decimalValue() : null, text(q.get("unit")), maxLength(type, q));
    }

    /** Likert and matrix: 1..points; rating-0-10: 0..10; other types have no scale. */
    private static Scale scale(QuestionType type, JsonNode scale) {
        LocalizedText minLabel = scale == null ? LocalizedText.EMPTY : text(scale.get("min-label"));
        LocalizedText maxLabel = scale == null ? LocalizedText.EMPTY : text(scale.get("max-label"));
        boolean dontKnow = scale != null && flag(scale, "dont-know");
        List<LocalizedText> labels = new ArrayList<>();
        if (scale != null && scale.has("labels")) {
            scale.get("labels").forEach(l -> labels.add(text(l)));
        }
        return switch (type) {
            case LIKERT, MATRIX -> new Scale(1, scale.get("points").intValue(), minLabel, maxLabel, dontKnow, labels);
            case RATING_0_10 -> new Scale(0, 10, minLabel, maxLabel, dontKnow);
            default -> null;
        };
    }

    private static int maxLength(QuestionType type, JsonNode q) {
        return switch (type) {
            case SHORT_TEXT -> q.has("max-length") ? q.get("max-length").intValue() : SHORT_TEXT_DEFAULT_LENGTH;
            case LONG_TEXT -> q.has("max-length") ? q.get("max-length").intValue() : LONG_TEXT_DEFAULT_LENGTH;
            default -> 0;
        };
    }

    private static boolean flag(JsonNode node, String property) {
        return node.has(property) && node.get(property).booleanValue();
    }

    /** A missing text becomes {@link LocalizedText#EMPTY}. */
    private static LocalizedText text(JsonNode node) {
        if (node == null || !node.isObject()) {
            return LocalizedText.EMPTY;
        }
        Map<String, String> byLanguage = new LinkedHashMap<>();
        node.properties().forEach(e -> byLanguage.put(e.getKey(), e.getValue().asString()));
        return new LocalizedText(byLanguage);
    }
}
