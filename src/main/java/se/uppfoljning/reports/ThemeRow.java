package se.uppfoljning.reports;

/** A focus-group theme from the codebook, with how many notes and sessions it was coded in. */
public record ThemeRow(String theme, int notes, int sessions) {
}
