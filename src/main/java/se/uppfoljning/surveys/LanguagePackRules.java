package se.uppfoljning.surveys;

import com.networknt.schema.utils.JsonNodes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks a language pack (the texts of one template in one language, {@code <template>.<lang>.yaml}) against
 * its template and, if nothing is wrong, adds its texts to the template tree. Runs on a pack that satisfies
 * {@code language-pack.schema.json} and a template that passed its own checks.
 *
 * <ul>
 *   <li>the pack names the template of the file beside it, and the language of its own file name; the
 *       language is not already written inside the template</li>
 *   <li>the same sections, questions and matrix rows (by id), and the same choice values in the same order</li>
 *   <li>a text for every text the template has (title, intro, question, help, unit, scale labels, choice
 *       labels, matrix rows), none where the template has none, none blank</li>
 *   <li>{@code points}, if given, equals the template's scale</li>
 * </ul>
 */
final class LanguagePackRules {

    private final String file;
    private final String language;
    private final String languageName;
    private final List<TemplateProblem> errors = new ArrayList<>();
    /**
     * Template text maps and the pack text to add to each, applied only when there is no error. By identity:
     * equal maps (the same scale labels in two questions) are still different places.
     */
    private final Map<ObjectNode, String> additions = new java.util.IdentityHashMap<>();

    /**
     * @param file the pack as shown in messages
     * @param fileLanguage the language code from the pack's file name
     * @param templateFile the template's file name, for messages
     */
    LanguagePackRules(String file, String fileLanguage, JsonNode template, String templateFile, JsonNode pack) {
        this.file = file;
        this.language = fileLanguage;
        this.languageName = TemplateRules.languageName(fileLanguage);
        check(template, templateFile, pack);
    }

    List<TemplateProblem> errors() {
        return errors;
    }

    boolean reviewed(JsonNode pack) {
        return pack.get("reviewed").booleanValue();
    }

    /** Adds the pack's texts and its language to the template tree; only call when {@link #errors()} is empty. */
    void mergeInto(JsonNode template) {
        additions.forEach((textMap, text) -> textMap.put(language, text));
        ((ArrayNode) template.get("languages")).add(language);
    }

    private void check(JsonNode template, String templateFile, JsonNode pack) {
        String templateId = template.get("id").asString();
        if (!pack.get("template").asString().equals(templateId)) {
            error(pack.get("template"), "/template", "this pack is for template '" + pack.get("template").asString()
                    + "', but " + templateFile + " beside it is template '" + templateId + "'");
        }
        if (!pack.get("language").asString().equals(language)) {
            error(pack.get("language"), "/language", "the language is '" + pack.get("language").asString()
                    + "', but the file name says '" + language + "'; name the file <template>." + pack.get("language").asString()
                    + ".yaml or correct the language");
        }
        for (JsonNode l : template.get("languages")) {
            if (l.asString().equals(language)) {
                error(pack.get("language"), "/language", "the " + languageName + " texts are already written in "
                        + templateFile + "; keep each language in one place");
                return;
            }
        }
        text(template.get("title"), pack.get("title"), pack, "", "title", "the title");
        text(template.get("intro"), pack.get("intro"), pack, "", "intro", "the introduction");
        children(template.get("sections"), pack.get("sections"), pack, "/sections", "id", "section", this::section);
    }

    private interface Pair {
        void check(JsonNode templateChild, JsonNode packChild, String path);
    }

    /** Matches template and pack entries by id; reports missing and extra ones. */
    private void children(JsonNode templateList, JsonNode packList, JsonNode packOwner, String path, String idField,
                          String what, Pair pair) {
        if (templateList == null) {
            return;
        }
        Map<String, Integer> packIndex = new LinkedHashMap<>();
        if (packList != null) {
            for (int i = 0; i < packList.size(); i++) {
                packIndex.put(packList.get(i).get(idField).asString(), i);
            }
        }
        List<String> templateIds = new ArrayList<>();
        for (JsonNode t : templateList) {
            String id = t.get(idField).asString();
            templateIds.add(id);
            Integer i = packIndex.get(id);
            if (i == null) {
                error(packList == null ? packOwner : packList, packList == null ? path.substring(0, path.lastIndexOf('/'))
                        : path, "no " + languageName + " texts for " + what + " '" + id + "' of the template");
            } else {
                pair.check(t, packList.get(i), path + "/" + i);
            }
        }
        packIndex.forEach((id, i) -> {
            if (!templateIds.contains(id)) {
                error(packList.get(i).get(idField), path + "/" + i + "/" + idField, what + " '" + id
                        + "' is not in the template (misspelt id, or removed from the template)");
            }
        });
    }

    private void section(JsonNode t, JsonNode p, String path) {
        String id = " of section '" + t.get("id").asString() + "'";
        text(t.get("title"), p.get("title"), p, path, "title", "the title" + id);
        text(t.get("intro"), p.get("intro"), p, path, "intro", "the introduction" + id);
        children(t.get("questions"), p.get("questions"), p, path + "/questions", "id", "question", this::question);
    }

    private void question(JsonNode t, JsonNode p, String path) {
        String of = " of question '" + t.get("id").asString() + "'";
        text(t.get("text"), p.get("text"), p, path, "text", "the text" + of);
        text(t.get("help"), p.get("help"), p, path, "help", "the help text" + of);
        text(t.get("unit"), p.get("unit"), p, path, "unit", "the unit" + of);
        JsonNode tScale = t.get("scale");
        JsonNode pScale = p.get("scale");
        if (pScale != null && tScale == null) {
            error(pScale, path + "/scale", "the template's question has no scale to translate");
        } else if (tScale != null) {
            if (pScale != null && pScale.has("points")) {
                int points = tScale.has("points") ? tScale.get("points").intValue() : 11;
                if (pScale.get("points").intValue() != points) {
                    error(pScale.get("points"), path + "/scale/points", "the scale has " + pScale.get("points").intValue()
                            + " points here, but " + points + " in the template; a translation cannot change the scale");
                }
            }
            JsonNode owner = pScale == null ? p : pScale;
            String scalePath = pScale == null ? path : path + "/scale";
            text(tScale.get("min-label"), pScale == null ? null : pScale.get("min-label"), owner, scalePath, "min-label",
                    "the lowest scale label" + of);
            text(tScale.get("max-label"), pScale == null ? null : pScale.get("max-label"), owner, scalePath, "max-label",
                    "the highest scale label" + of);
            scaleLabels(tScale.get("labels"), pScale == null ? null : pScale.get("labels"), owner, scalePath, of);
        }
        choices(t.get("choices"), p.get("choices"), p, path, of);
        JsonNode tItems = t.get("items");
        if (tItems == null && p.has("items")) {
            error(p.get("items"), path + "/items", "the template's question has no matrix rows");
        }
        children(tItems, p.get("items"), p, path + "/items", "id", "matrix row",
                (ti, pi, ip) -> text(ti.get("text"), pi.get("text"), pi, ip, "text",
                        "matrix row '" + ti.get("id").asString() + "'" + of));
    }

    /** One word per scale point, as many as the template's, in its order. */
    private void scaleLabels(JsonNode t, JsonNode p, JsonNode owner, String path, String of) {
        if (t == null) {
            if (p != null) {
                error(p, path + "/labels", "the template's scale has no labels" + of);
            }
            return;
        }
        if (p == null || p.size() != t.size()) {
            error(p == null ? owner : p, path + (p == null ? "" : "/labels"), (p == null ? "no labels" : p.size()
                    + " labels") + " here, but " + t.size() + " in the template; translate every scale label" + of);
            return;
        }
        for (int i = 0; i < t.size(); i++) {
            if (p.get(i).asString().isBlank()) {
                error(p.get(i), path + "/labels/" + i, "the " + languageName + " text is empty or only spaces");
            } else {
                additions.put((ObjectNode) t.get(i), p.get(i).asString());
            }
        }
    }

    /** Same values, same order: the stored answer is the value, the order is what the parent sees. */
    private void choices(JsonNode t, JsonNode p, JsonNode owner, String path, String of) {
        if (t == null) {
            if (p != null) {
                error(p, path + "/choices", "the template's question has no choices");
            }
            return;
        }
        List<String> values = new ArrayList<>();
        t.forEach(c -> values.add(c.get("value").asString()));
        if (p == null || p.size() != t.size()) {
            error(p == null ? owner : p, path + (p == null ? "" : "/choices"), (p == null ? "no choices"
                    : p.size() + " choices") + " here, but " + t.size() + " in the template (" + String.join(", ", values)
                    + "); translate every choice, in the template's order");
            return;
        }
        for (int i = 0; i < t.size(); i++) {
            JsonNode value = p.get(i).get("value");
            if (!value.asString().equals(values.get(i))) {
                error(value, path + "/choices/" + i + "/value", "choice " + (i + 1) + " is '" + value.asString()
                        + "' here, but '" + values.get(i) + "' in the template; keep the template's values in its order");
            } else {
                text(t.get(i).get("label"), p.get(i).get("label"), p.get(i), path + "/choices/" + i, "label",
                        "the label of choice '" + values.get(i) + "'" + of);
            }
        }
    }

    /**
     * @param templateText the template's map of texts by language, or null
     * @param packText the pack's text, or null
     * @param owner pack node that should hold the text (for the position of a "missing" message)
     */
    private void text(JsonNode templateText, JsonNode packText, JsonNode owner, String ownerPath, String field, String what) {
        if (templateText == null && packText == null) {
            return;
        }
        if (packText == null) {
            error(owner, ownerPath, "no " + languageName + " text for " + what + " (add '" + field + ":')");
        } else if (templateText == null) {
            error(packText, ownerPath + "/" + field, "the template has no " + field + " here, so this text would never"
                    + " be shown");
        } else if (packText.asString().isBlank()) {
            error(packText, ownerPath + "/" + field, "the " + languageName + " text is empty or only spaces");
        } else {
            additions.put((ObjectNode) templateText, packText.asString());
        }
    }

    private void error(JsonNode node, String path, String reason) {
        errors.add(TemplateLoader.problem(file, node == null ? null : JsonNodes.tokenStreamLocationOf(node), path, reason));
    }
}
