package se.uppfoljning.surveys;

import com.networknt.schema.utils.JsonNodes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;

/**
 * Reports pair answers by analysis key: START with END, and one template version with the next. That only
 * means something when every question with the key is answered on the same scale, so across all templates
 * of one kind an analysis key must keep its answer type: the same number of scale points (1-5 is not 1-7),
 * the same choice values in the same order, yes-no stays yes-no. A "don't know" option may differ.
 * Runs on templates that passed their own checks.
 */
final class AnalysisKeyCheck {

    private record Definition(String compatibility, String description, String file, TokenStreamLocation at) {
        String position() {
            return at == null ? file : file + ":" + at.getLineNr() + ":" + at.getColumnNr();
        }
    }

    private final Map<String, Definition> first = new HashMap<>();
    private final List<TemplateProblem> problems = new ArrayList<>();

    /** @param root a template that passed the schema and {@link TemplateRules} */
    void add(String file, JsonNode root) {
        String kind = root.get("kind").asString();
        JsonNode sections = root.get("sections");
        for (int i = 0; i < sections.size(); i++) {
            JsonNode questions = sections.get(i).get("questions");
            for (int j = 0; j < questions.size(); j++) {
                JsonNode q = questions.get(j);
                String path = "/sections/" + i + "/questions/" + j;
                QuestionType type = QuestionType.fromFileName(q.get("type").asString());
                if (type == QuestionType.MATRIX) {
                    int points = q.get("scale").get("points").intValue();
                    JsonNode items = q.get("items");
                    for (int k = 0; k < items.size(); k++) {
                        check(kind, file, items.get(k).get("analysis-key"), path + "/items/" + k + "/analysis-key",
                                "scale 1-" + points, "a row of a " + points + "-point matrix (answers 1-" + points + ")");
                    }
                } else if (q.has("analysis-key")) {
                    String[] definition = definition(type, q);
                    check(kind, file, q.get("analysis-key"), path + "/analysis-key", definition[0], definition[1]);
                }
            }
        }
    }

    List<TemplateProblem> problems() {
        return problems;
    }

    private static String[] definition(QuestionType type, JsonNode q) {
        return switch (type) {
            case LIKERT -> {
                int points = q.get("scale").get("points").intValue();
                yield new String[] {"scale 1-" + points, "a " + points + "-point likert question (answers 1-" + points + ")"};
            }
            case RATING_0_10 -> new String[] {"scale 0-10", "a rating-0-10 question (answers 0-10)"};
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                List<String> values = new ArrayList<>();
                q.get("choices").forEach(c -> values.add(c.get("value").asString()));
                String list = String.join(", ", values);
                yield new String[] {type.fileName() + ":" + list, "a " + type.fileName() + " question with the options " + list};
            }
            default -> new String[] {type.fileName(), "a " + type.fileName() + " question"};
        };
    }

    private void check(String kind, String file, JsonNode keyNode, String path, String compatibility, String description) {
        String key = keyNode.asString();
        TokenStreamLocation at = JsonNodes.tokenStreamLocationOf(keyNode);
        Definition earlier = first.putIfAbsent(kind + "/" + key, new Definition(compatibility, description, file, at));
        if (earlier != null && !earlier.compatibility().equals(compatibility)) {
            problems.add(TemplateLoader.problem(file, at, path, "analysis-key '" + key + "' is " + description
                    + " here, but " + earlier.description() + " in " + earlier.position() + "; reports pair answers"
                    + " with the same key (START with END, one version with the next), so they must be on the same"
                    + " scale: keep the earlier scale, or give this question a new analysis-key"));
        }
    }
}
