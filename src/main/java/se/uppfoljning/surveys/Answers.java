package se.uppfoljning.surveys;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers keyed by question id (matrix rows by {@code questionId.itemId}); each answer is a list of strings:
 * one value for most types, several for multiple choice. Numbers and dates as plain text (ISO dates),
 * likert/rating as the scale value, yes-no as {@code yes}/{@code no}.
 */
public record Answers(Map<String, List<String>> byQuestion) {

    public static final String DONT_KNOW = "dont-know";
    /**
     * "Jag vill inte svara": a pupil chose not to answer. A missing code distinct from {@link #DONT_KNOW} and from
     * no answer at all; accepted on every question of a {@link TemplateKind#PUPIL_ENQUIRY} template, never a value.
     */
    public static final String DECLINED = "declined";
    public static final String YES = "yes";
    public static final String NO = "no";

    public Answers {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        if (byQuestion != null) {
            byQuestion.forEach((k, v) -> {
                List<String> cleaned = v == null ? List.of()
                        : v.stream().filter(s -> s != null && !s.isBlank()).toList();
                if (!cleaned.isEmpty()) {
                    copy.put(k, cleaned);
                }
            });
        }
        byQuestion = java.util.Collections.unmodifiableMap(copy);
    }

    public static Answers empty() {
        return new Answers(Map.of());
    }

    public List<String> values(String key) {
        return byQuestion.getOrDefault(key, List.of());
    }

    public String value(String key) {
        List<String> v = values(key);
        return v.isEmpty() ? null : v.getFirst();
    }

    public boolean has(String key) {
        return byQuestion.containsKey(key);
    }

    public Answers with(String key, List<String> values) {
        Map<String, List<String>> copy = new LinkedHashMap<>(byQuestion);
        copy.put(key, values);
        return new Answers(copy);
    }

    /** These answers overwritten by {@code newer} where it has a key. */
    public Answers merge(Answers newer) {
        Map<String, List<String>> copy = new LinkedHashMap<>(byQuestion);
        copy.putAll(newer.byQuestion);
        return new Answers(copy);
    }
}
