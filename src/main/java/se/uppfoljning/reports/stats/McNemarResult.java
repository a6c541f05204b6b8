package se.uppfoljning.reports.stats;

/**
 * Result of an exact McNemar test on paired yes/no answers.
 *
 * @param pairs all pairs
 * @param yesToNo b: yes at START, no at END
 * @param noToYes c: no at START, yes at END
 * @param p two-sided exact binomial p-value on the b + c discordant pairs (1 when there are none)
 */
public record McNemarResult(int pairs, int yesToNo, int noToYes, double p) {

    public int discordant() {
        return yesToNo + noToYes;
    }
}
