package se.uppfoljning.surveys;

/**
 * Question types. In files they are written in kebab case: likert, single-choice, multiple-choice, yes-no,
 * number, short-text, long-text, matrix, rating-0-10, date.
 */
public enum QuestionType {
    LIKERT, SINGLE_CHOICE, MULTIPLE_CHOICE, YES_NO, NUMBER, SHORT_TEXT, LONG_TEXT, MATRIX, RATING_0_10, DATE;

    public String fileName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static QuestionType fromFileName(String name) {
        return valueOf(name.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }

    /** Free-text types: their answers never reach a report unless the question allows it. */
    public boolean isFreeText() {
        return this == SHORT_TEXT || this == LONG_TEXT;
    }
}
