package se.uppfoljning.surveys;

/** One option of a choice question; {@code value} is what is stored and analysed. */
public record Choice(String value, LocalizedText label) {
}
