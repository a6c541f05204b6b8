package se.uppfoljning.absence;

/**
 * Whether a month's absence reached a threshold.
 *
 * @param percent the threshold, e.g. 20
 * @param reached unauthorised absence was at least {@code percent} of the hours offered (problematic absence)
 * @param projectThreshold this is the project's own threshold for problematic absence
 */
public record ThresholdFlag(int percent, boolean reached, boolean projectThreshold) {
}
