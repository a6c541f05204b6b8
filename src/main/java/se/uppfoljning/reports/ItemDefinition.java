package se.uppfoljning.reports;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * An enquiry question or rating item as the report needs it, keyed by its stable analysis key.
 *
 * @param text question text by language code ({@code sv}, {@code en}); Swedish is the fallback
 * @param scaleMin lowest scale value for LIKERT and RATING, else null
 * @param scaleMax highest scale value for LIKERT and RATING, else null
 * @param choices labelled values for CHOICE (and optionally scale points)
 */
public record ItemDefinition(String analysisKey, ItemKind kind, Map<String, String> text, Integer scaleMin,
                             Integer scaleMax, List<Choice> choices) {

    /** A stored value and its label by language code. */
    public record Choice(String value, Map<String, String> label) {

        public Choice {
            Objects.requireNonNull(value, "value");
            label = label == null ? Map.of() : Map.copyOf(label);
        }

        public String label(Locale locale) {
            return localized(label, locale, value);
        }
    }

    public ItemDefinition {
        Objects.requireNonNull(analysisKey, "analysisKey");
        Objects.requireNonNull(kind, "kind");
        text = text == null ? Map.of() : Map.copyOf(text);
        choices = choices == null ? List.of() : List.copyOf(choices);
        if ((kind == ItemKind.LIKERT || kind == ItemKind.RATING) && (scaleMin == null || scaleMax == null
                || scaleMax < scaleMin)) {
            throw new IllegalArgumentException("Scale items need scaleMin <= scaleMax: " + analysisKey);
        }
    }

    public String text(Locale locale) {
        return localized(text, locale, analysisKey);
    }

    /** Label of a stored value: the choice label if there is one, else the value itself. */
    public String valueLabel(String value, Locale locale) {
        for (Choice c : choices) {
            if (c.value().equals(value)) {
                return c.label(locale);
            }
        }
        return value;
    }

    static String localized(Map<String, String> texts, Locale locale, String fallback) {
        String language = locale == null ? "sv" : locale.getLanguage();
        String t = texts.get(language);
        if (t == null || t.isBlank()) {
            t = texts.get("sv");
        }
        return t == null || t.isBlank() ? fallback : t;
    }
}
