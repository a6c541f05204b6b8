package se.uppfoljning.ratings;

/** When a rating is made: at the start, every three months, at the end. */
public enum Timepoint {
    START(0), M3(3), M6(6), M9(9), M12(12), M18(18), M24(24), END(-1);

    private final int months;

    Timepoint(int months) {
        this.months = months;
    }

    /** Months after the start, or -1 for END. */
    public int months() {
        return months;
    }

    /** The template wave this time point belongs to. */
    public String wave() {
        return this == START ? "START" : this == END ? "END" : "PERIODIC";
    }
}
