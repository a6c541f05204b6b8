package se.uppfoljning.reports.export;

import java.util.List;
import java.util.Objects;

/**
 * One data file of a statistics bundle: its base name (the CSV is {@code name + ".csv"}; R data frame, SPSS
 * dataset and Stata .dta carry the same name), a label, the variables and the rows. A cell is a String, a Number
 * (numeric codes, numbers) or null (empty = system missing); the column order is the variable order.
 */
public record StatsDataset(String name, String label, List<StatsVariable> variables, List<List<Object>> rows) {

    public StatsDataset {
        Objects.requireNonNull(name, "name");
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("Dataset names are lower-case ASCII: " + name);
        }
        label = label == null ? "" : label;
        variables = List.copyOf(variables);
        rows = List.copyOf(rows);
        for (List<Object> row : rows) {
            if (row.size() != variables.size()) {
                throw new IllegalArgumentException("Row width differs from the variables in " + name);
            }
        }
    }

    public String csvName() {
        return name + ".csv";
    }

    /** The rows as an export table (header = variable names), for the shared CSV writer. */
    public ExportTable table() {
        return new ExportTable(name, variables.stream().map(StatsVariable::name).toList(), rows);
    }
}
