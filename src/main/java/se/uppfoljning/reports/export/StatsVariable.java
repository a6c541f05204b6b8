package se.uppfoljning.reports.export;

import java.util.List;
import java.util.Objects;

/**
 * One column of a statistics dataset as SPSS, R and Stata need it: a safe name, a variable label in the report's
 * language, the measurement level, value labels of coded values and the codes that mean "missing" (with their
 * labels). The same model drives every syntax writer, so the three files always agree.
 *
 * @param name a name valid in SPSS, R and Stata: ASCII letter first, then letters, digits and {@code _}, at most
 *             {@value #MAX_NAME} characters (Stata's limit)
 * @param label variable label, any text (the writers escape and shorten it)
 * @param valueLabels labels of numeric codes, in display order; empty for strings and plain numbers
 * @param missing user-missing codes with their labels (e.g. -9 = "don't know"); the data keep the code
 */
public record StatsVariable(String name, String label, Level level, Type type, List<ValueLabel> valueLabels,
                            List<ValueLabel> missing) {

    public static final int MAX_NAME = 32;

    /** Measurement level as SPSS names it; R and Stata get it as an attribute / characteristic. */
    public enum Level {
        NOMINAL, ORDINAL, SCALE
    }

    public enum Type {
        STRING, NUMERIC
    }

    /** A numeric code and its label. */
    public record ValueLabel(long code, String label) {

        public ValueLabel {
            Objects.requireNonNull(label, "label");
        }
    }

    public StatsVariable {
        Objects.requireNonNull(name, "name");
        if (!name.matches("[A-Za-z][A-Za-z0-9_]{0," + (MAX_NAME - 1) + "}")) {
            throw new IllegalArgumentException("Not a portable variable name: " + name);
        }
        label = label == null ? "" : label;
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(type, "type");
        valueLabels = valueLabels == null ? List.of() : List.copyOf(valueLabels);
        missing = missing == null ? List.of() : List.copyOf(missing);
        if (type == Type.STRING && (!valueLabels.isEmpty() || !missing.isEmpty())) {
            throw new IllegalArgumentException("String variables carry no value labels: " + name);
        }
    }

    public boolean numeric() {
        return type == Type.NUMERIC;
    }

    /** Value labels followed by the labels of the missing codes. */
    public List<ValueLabel> allLabels() {
        return java.util.stream.Stream.concat(valueLabels.stream(), missing.stream()).toList();
    }

    static StatsVariable text(String name, String label) {
        return new StatsVariable(name, label, Level.NOMINAL, Type.STRING, List.of(), List.of());
    }
}
