package se.uppfoljning.reports;

/** How an enquiry or rating item is answered, which decides how the report summarises it. */
public enum ItemKind {
    /** A scale of a few points, e.g. 1-5: distribution and Wilcoxon. */
    LIKERT,
    /** A 0-10 rating: distribution and Wilcoxon. */
    RATING,
    /** yes / no: distribution and McNemar. */
    YES_NO,
    /** One of a few labelled choices: distribution only. */
    CHOICE,
    /** A number: median and Wilcoxon. */
    NUMBER,
    /** Free text: never summarised; quoted only where allowed. */
    TEXT
}
