package se.uppfoljning.surveys;

import java.util.Map;

/** A text in several languages, keyed by ISO 639-1 code ("sv", "en", "ar" ...). Swedish is always present. */
public record LocalizedText(Map<String, String> byLanguage) {

    public static final String DEFAULT_LANGUAGE = "sv";
    public static final LocalizedText EMPTY = new LocalizedText(Map.of());

    public LocalizedText {
        byLanguage = byLanguage == null ? Map.of() : Map.copyOf(byLanguage);
    }

    public static LocalizedText of(String swedish) {
        return new LocalizedText(Map.of(DEFAULT_LANGUAGE, swedish));
    }

    /** The text in {@code language}, falling back to Swedish; empty string if there is no text at all. */
    public String in(String language) {
        String text = byLanguage.get(language);
        if (text == null) {
            text = byLanguage.get(DEFAULT_LANGUAGE);
        }
        return text == null ? "" : text;
    }

    public boolean isEmpty() {
        return byLanguage.isEmpty();
    }
}
