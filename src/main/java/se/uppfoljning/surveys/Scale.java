package se.uppfoljning.surveys;

/**
 * A numeric scale: likert (4-7 points, values 1..points) or rating (0..10, {@code min} 0).
 *
 * @param dontKnow offer a "don't know" choice, stored as {@link Answers#DONT_KNOW}
 */
public record Scale(int min, int max, LocalizedText minLabel, LocalizedText maxLabel, boolean dontKnow) {

    public int points() {
        return max - min + 1;
    }
}
