package se.uppfoljning.surveys;

import java.util.List;

/**
 * A numeric scale: likert (4-7 points, values 1..points) or rating (0..10, {@code min} 0).
 *
 * @param dontKnow offer a "don't know" choice, stored as {@link Answers#DONT_KNOW}
 * @param labels a word for every point, lowest first (empty if the template gives only the end labels); the
 *               pupil questionnaire shows each face with its word
 */
public record Scale(int min, int max, LocalizedText minLabel, LocalizedText maxLabel, boolean dontKnow,
                    List<LocalizedText> labels) {

    public Scale {
        labels = labels == null ? List.of() : List.copyOf(labels);
    }

    public Scale(int min, int max, LocalizedText minLabel, LocalizedText maxLabel, boolean dontKnow) {
        this(min, max, minLabel, maxLabel, dontKnow, List.of());
    }

    public int points() {
        return max - min + 1;
    }

    /** The word for scale value {@code value}; empty if the template gives none. */
    public LocalizedText label(int value) {
        int i = value - min;
        return i >= 0 && i < labels.size() ? labels.get(i) : LocalizedText.EMPTY;
    }
}
