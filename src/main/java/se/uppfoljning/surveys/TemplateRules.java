package se.uppfoljning.surveys;

import com.networknt.schema.utils.JsonNodes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import tools.jackson.databind.JsonNode;

/**
 * The rules of one template file that its JSON Schema cannot express. Runs on a tree that already satisfies
 * the schema, so required properties are present and have the right types. Errors and warnings carry the
 * line and column of the offending node.
 *
 * <ul>
 *   <li>languages start with {@code sv}; a text missing in another listed language is a warning</li>
 *   <li>section ids, question ids, choice values and matrix item ids are unique</li>
 *   <li>each property applies to the question type (no {@code choices} on a likert question)</li>
 *   <li>every question except short and long text has an analysis key; analysis keys (matrix items
 *       included) are unique within the template</li>
 *   <li>number: min &lt;= max</li>
 *   <li>show-if refers to an earlier question of a type with known answers, and only to values it can take</li>
 *   <li>no text is empty or only spaces</li>
 *   <li>scale {@code labels}, if given, has one word per point; a pupil-enquiry template gives them on every likert
 *       question (each face is shown with its word) and uses only question types the one-question-per-screen
 *       pupil page shows: likert, yes-no, single-choice, short and long text</li>
 * </ul>
 */
final class TemplateRules {

    private static final Map<String, Set<QuestionType>> APPLIES_TO = new LinkedHashMap<>();

    static {
        APPLIES_TO.put("scale", EnumSet.of(QuestionType.LIKERT, QuestionType.MATRIX, QuestionType.RATING_0_10));
        APPLIES_TO.put("choices", EnumSet.of(QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE));
        APPLIES_TO.put("items", EnumSet.of(QuestionType.MATRIX));
        APPLIES_TO.put("min", EnumSet.of(QuestionType.NUMBER));
        APPLIES_TO.put("max", EnumSet.of(QuestionType.NUMBER));
        APPLIES_TO.put("unit", EnumSet.of(QuestionType.NUMBER));
        APPLIES_TO.put("max-length", EnumSet.of(QuestionType.SHORT_TEXT, QuestionType.LONG_TEXT));
        APPLIES_TO.put("free-text-in-reports", EnumSet.of(QuestionType.SHORT_TEXT, QuestionType.LONG_TEXT));
    }

    /** Types whose possible answers are known, so a show-if can depend on them. */
    private static final Set<QuestionType> SHOW_IF_TARGETS = EnumSet.of(QuestionType.SINGLE_CHOICE,
            QuestionType.MULTIPLE_CHOICE, QuestionType.LIKERT, QuestionType.YES_NO, QuestionType.RATING_0_10);

    private final String file;
    private final List<TemplateProblem> errors = new ArrayList<>();
    private final List<TemplateProblem> warnings = new ArrayList<>();
    private final List<String> languages = new ArrayList<>();
    /** Where each analysis key was first used, for the duplicate message. */
    private final Map<String, String> analysisKeys = new HashMap<>();
    private boolean pupil;

    /** Question types the pupil page shows, one per screen (issue #16). */
    private static final Set<QuestionType> PUPIL_TYPES = EnumSet.of(QuestionType.LIKERT, QuestionType.YES_NO,
            QuestionType.SINGLE_CHOICE, QuestionType.SHORT_TEXT, QuestionType.LONG_TEXT);

    TemplateRules(String file, JsonNode root) {
        this.file = file;
        check(root);
    }

    List<TemplateProblem> errors() {
        return errors;
    }

    List<TemplateProblem> warnings() {
        return warnings;
    }

    private void check(JsonNode root) {
        root.get("languages").forEach(l -> languages.add(l.asString()));
        pupil = TemplateKind.PUPIL_ENQUIRY.fileName().equals(root.get("kind").asString());
        if (!LocalizedText.DEFAULT_LANGUAGE.equals(languages.getFirst())) {
            error(root.get("languages"), "/languages",
                    "must start with sv: Swedish is required in every text and is shown when a translation is missing");
        }
        JsonNode reviewed = root.get("reviewed-languages");
        for (int i = 0; reviewed != null && i < reviewed.size(); i++) {
            if (!languages.contains(reviewed.get(i).asString())) {
                error(reviewed.get(i), "/reviewed-languages/" + i, "'" + reviewed.get(i).asString() + "' is not in"
                        + " languages; list only languages whose texts are in this file");
            }
        }
        text(root.get("title"), "/title");
        text(root.get("intro"), "/intro");

        List<String> allQuestionIds = new ArrayList<>();
        root.get("sections").forEach(s -> s.get("questions").forEach(q -> allQuestionIds.add(q.get("id").asString())));
        Map<String, String> sectionIds = new HashMap<>();
        Map<String, JsonNode> earlier = new LinkedHashMap<>();
        Map<String, String> questionLines = new HashMap<>();
        JsonNode sections = root.get("sections");
        for (int i = 0; i < sections.size(); i++) {
            JsonNode section = sections.get(i);
            String sectionPath = "/sections/" + i;
            String sectionId = section.get("id").asString();
            String firstSection = sectionIds.putIfAbsent(sectionId, where(section));
            if (firstSection != null) {
                error(section.get("id"), sectionPath + "/id", "section id '" + sectionId + "' is already used " + firstSection);
            }
            text(section.get("title"), sectionPath + "/title");
            text(section.get("intro"), sectionPath + "/intro");
            JsonNode questions = section.get("questions");
            for (int j = 0; j < questions.size(); j++) {
                JsonNode question = questions.get(j);
                String path = sectionPath + "/questions/" + j;
                String id = question.get("id").asString();
                String first = questionLines.putIfAbsent(id, where(question));
                if (first != null) {
                    error(question.get("id"), path + "/id", "question id '" + id + "' is already used " + first
                            + "; question ids must be unique in the template");
                }
                question(question, path, earlier, allQuestionIds);
                earlier.putIfAbsent(id, question);
            }
        }
    }

    private void question(JsonNode q, String path, Map<String, JsonNode> earlier, List<String> allIds) {
        QuestionType type = QuestionType.fromFileName(q.get("type").asString());
        String typeName = type.fileName();
        APPLIES_TO.forEach((property, types) -> {
            if (q.has(property) && !types.contains(type)) {
                error(q.get(property), path + "/" + property, "'" + property + "' does not apply to a " + typeName
                        + " question");
            }
        });
        text(q.get("text"), path + "/text");
        text(q.get("help"), path + "/help");
        text(q.get("unit"), path + "/unit");
        JsonNode scale = q.get("scale");
        if (scale != null) {
            text(scale.get("min-label"), path + "/scale/min-label");
            text(scale.get("max-label"), path + "/scale/max-label");
            scaleLabels(scale, type, path);
        }
        if (pupil && !PUPIL_TYPES.contains(type)) {
            error(q.get("type"), path + "/type", "a pupil-enquiry shows one question per screen and cannot show a "
                    + typeName + " question; use likert, yes-no, single-choice, short-text or long-text");
        }
        if (pupil && type == QuestionType.LIKERT && (scale == null || !scale.has("labels"))) {
            error(scale == null ? q : scale, path + "/scale", "a pupil-enquiry likert question needs labels: a word for"
                    + " every point, shown under its face");
        }

        if (q.has("analysis-key")) {
            analysisKey(q.get("analysis-key"), path + "/analysis-key", "question '" + q.get("id").asString() + "'");
        } else if (!type.isFreeText()) {
            error(q, path, "a " + typeName + " question needs an analysis-key (it pairs answers across template"
                    + " versions and between START and END)");
        }

        if (type == QuestionType.SINGLE_CHOICE || type == QuestionType.MULTIPLE_CHOICE) {
            Set<String> values = new LinkedHashSet<>();
            JsonNode choices = q.get("choices");
            for (int k = 0; k < choices.size(); k++) {
                JsonNode value = choices.get(k).get("value");
                if (!values.add(value.asString())) {
                    error(value, path + "/choices/" + k + "/value", "choice value '" + value.asString()
                            + "' is used twice in this question");
                }
                text(choices.get(k).get("label"), path + "/choices/" + k + "/label");
            }
        }
        if (type == QuestionType.MATRIX) {
            Set<String> itemIds = new LinkedHashSet<>();
            JsonNode items = q.get("items");
            for (int k = 0; k < items.size(); k++) {
                JsonNode item = items.get(k);
                String itemPath = path + "/items/" + k;
                if (!itemIds.add(item.get("id").asString())) {
                    error(item.get("id"), itemPath + "/id", "matrix item id '" + item.get("id").asString()
                            + "' is used twice in this question");
                }
                text(item.get("text"), itemPath + "/text");
                analysisKey(item.get("analysis-key"), itemPath + "/analysis-key",
                        "matrix item '" + q.get("id").asString() + "." + item.get("id").asString() + "'");
            }
        }
        if (type == QuestionType.NUMBER && q.has("min") && q.has("max")
                && q.get("min").decimalValue().compareTo(q.get("max").decimalValue()) > 0) {
            error(q.get("min"), path + "/min", "min " + q.get("min").asString() + " is greater than max "
                    + q.get("max").asString());
        }
        if (q.has("show-if")) {
            showIf(q.get("show-if"), path + "/show-if", q.get("id").asString(), earlier, allIds);
        }
    }

    private void scaleLabels(JsonNode scale, QuestionType type, String path) {
        JsonNode labels = scale.get("labels");
        if (labels == null) {
            return;
        }
        int points = type == QuestionType.LIKERT || type == QuestionType.MATRIX ? scale.get("points").intValue() : 11;
        if (labels.size() != points) {
            error(labels, path + "/scale/labels", labels.size() + " labels, but the scale has " + points
                    + " points; give one word per point, lowest first");
        }
        for (int k = 0; k < labels.size(); k++) {
            text(labels.get(k), path + "/scale/labels/" + k);
        }
    }

    private void showIf(JsonNode showIf, String path, String ownId, Map<String, JsonNode> earlier, List<String> allIds) {
        String target = showIf.get("question").asString();
        JsonNode targetNode = earlier.get(target);
        if (targetNode == null) {
            if (target.equals(ownId)) {
                error(showIf.get("question"), path + "/question", "show-if refers to the question itself; it must"
                        + " refer to an earlier question");
            } else if (allIds.contains(target)) {
                error(showIf.get("question"), path + "/question", "show-if refers to '" + target + "', which comes"
                        + " later in the template; it must refer to an earlier question");
            } else {
                error(showIf.get("question"), path + "/question", "show-if refers to unknown question '" + target + "'");
            }
            return;
        }
        QuestionType targetType = QuestionType.fromFileName(targetNode.get("type").asString());
        if (!SHOW_IF_TARGETS.contains(targetType)) {
            error(showIf.get("question"), path + "/question", "show-if cannot depend on '" + target + "', a "
                    + targetType.fileName() + " question; use a choice, yes-no, likert or rating-0-10 question");
            return;
        }
        List<String> possible = possibleValues(targetNode, targetType);
        JsonNode anyOf = showIf.get("any-of");
        for (int k = 0; k < anyOf.size(); k++) {
            String value = anyOf.get(k).asString();
            if (!possible.contains(value)) {
                error(anyOf.get(k), path + "/any-of/" + k, "'" + value + "' is not an answer '" + target
                        + "' can have (possible: " + String.join(", ", possible) + ")");
            }
        }
    }

    /** The answers a question can store, as {@link Answers} keeps them; only for {@link #SHOW_IF_TARGETS}. */
    static List<String> possibleValues(JsonNode question, QuestionType type) {
        List<String> values = new ArrayList<>();
        JsonNode scale = question.get("scale");
        switch (type) {
            case YES_NO -> values.addAll(List.of(Answers.YES, Answers.NO));
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> question.get("choices").forEach(c -> values.add(c.get("value").asString()));
            case LIKERT -> IntStream.rangeClosed(1, scale.get("points").intValue()).forEach(v -> values.add(String.valueOf(v)));
            case RATING_0_10 -> IntStream.rangeClosed(0, 10).forEach(v -> values.add(String.valueOf(v)));
            default -> {
            }
        }
        if (scale != null && scale.has("dont-know") && scale.get("dont-know").booleanValue()) {
            values.add(Answers.DONT_KNOW);
        }
        return values;
    }

    private void analysisKey(JsonNode key, String path, String owner) {
        String first = analysisKeys.putIfAbsent(key.asString(), owner + " " + where(key));
        if (first != null) {
            error(key, path, "analysis-key '" + key.asString() + "' is already used by " + first
                    + "; analysis keys must be unique in the template");
        }
    }

    /** Swedish is enforced by the schema; other listed languages should be complete. */
    private void text(JsonNode text, String path) {
        if (text == null) {
            return;
        }
        for (String language : text.propertyNames()) {
            if (text.get(language).asString().isBlank()) {
                error(text.get(language), path + "/" + language, "the " + languageName(language)
                        + " text is empty or only spaces; write the text, or remove the line");
            }
        }
        for (String language : languages) {
            if (!text.has(language)) {
                warning(text, path, "no '" + language + "' text; Swedish will be shown instead");
            }
        }
        for (String language : text.propertyNames()) {
            if (!languages.contains(language)) {
                warning(text.get(language), path + "/" + language, "text in '" + language
                        + "', which is not listed in languages, will never be shown");
            }
        }
    }

    /** "Swedish (sv)": English names, as all loader messages are in English. */
    static String languageName(String code) {
        String name = java.util.Locale.forLanguageTag(code).getDisplayLanguage(java.util.Locale.ENGLISH);
        return name.isEmpty() || name.equals(code) ? "'" + code + "'" : name + " (" + code + ")";
    }

    private static String where(JsonNode node) {
        var location = JsonNodes.tokenStreamLocationOf(node);
        return location == null ? "earlier" : "at line " + location.getLineNr();
    }

    private void error(JsonNode node, String path, String reason) {
        errors.add(TemplateLoader.problem(file, node == null ? null : JsonNodes.tokenStreamLocationOf(node), path, reason));
    }

    private void warning(JsonNode node, String path, String reason) {
        warnings.add(TemplateLoader.problem(file, node == null ? null : JsonNodes.tokenStreamLocationOf(node), path, reason));
    }
}
