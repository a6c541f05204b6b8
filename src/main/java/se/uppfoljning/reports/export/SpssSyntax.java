package se.uppfoljning.reports.export;

import java.util.List;

/**
 * SPSS syntax ({@code .sps}) that reads the bundle's CSV files (UTF-8, comma, double-quote qualifier) into named
 * datasets with variable labels, value labels, missing values and measurement levels, each saved as a
 * {@code .sav} next to its CSV (the first one stays open at the end). Labels are single-quoted with quotes
 * doubled, kept on one line and cut to SPSS's limits in bytes (variable labels 255, value labels 120); every
 * command ends with a period at the end of its last line. Run it with the unzipped bundle as the working folder
 * (File > Open > Syntax, then Run All). Reference: IBM SPSS Statistics Command Syntax Reference, GET DATA,
 * VARIABLE LABELS, VALUE LABELS, MISSING VALUES, VARIABLE LEVEL; checked with GNU PSPP.
 */
public final class SpssSyntax {

    static final int VARIABLE_LABEL_BYTES = 255;
    static final int VALUE_LABEL_BYTES = 120;

    private SpssSyntax() {
    }

    public static String write(String title, List<StatsDataset> datasets) {
        StringBuilder s = new StringBuilder();
        s.append("* Encoding: UTF-8.\n");
        s.append("* ").append(comment(title)).append(".\n");
        s.append("* Open this file with the unzipped bundle as the working folder, then Run All.\n");
        for (StatsDataset d : datasets) {
            s.append('\n').append("* ").append(comment(d.label())).append(".\n");
            s.append("GET DATA\n  /TYPE=TXT\n  /FILE=").append(quote(d.csvName())).append('\n')
                    .append("  /ENCODING='UTF8'\n  /ARRANGEMENT=DELIMITED\n  /DELCASE=LINE\n  /FIRSTCASE=2\n")
                    .append("  /DELIMITERS=','\n  /QUALIFIER='\"'\n  /VARIABLES=");
            for (int i = 0; i < d.variables().size(); i++) {
                s.append("\n    ").append(d.variables().get(i).name()).append(' ').append(format(d, i));
            }
            s.append(".\n");
            s.append("DATASET NAME ").append(d.name()).append(".\n");
            s.append("VARIABLE LABELS");
            String sep = "\n  ";
            for (StatsVariable v : d.variables()) {
                s.append(sep).append(v.name()).append(' ').append(label(v.label(), VARIABLE_LABEL_BYTES));
                sep = "\n  /";
            }
            s.append(".\n");
            List<StatsVariable> labelled = d.variables().stream().filter(v -> !v.allLabels().isEmpty()).toList();
            if (!labelled.isEmpty()) {
                s.append("VALUE LABELS");
                sep = "\n  ";
                for (StatsVariable v : labelled) {
                    s.append(sep).append(v.name());
                    for (StatsVariable.ValueLabel l : v.allLabels()) {
                        s.append("\n    ").append(l.code()).append(' ').append(label(l.label(), VALUE_LABEL_BYTES));
                    }
                    sep = "\n  /";
                }
                s.append(".\n");
            }
            for (StatsVariable v : d.variables()) {
                if (!v.missing().isEmpty()) {
                    List<String> codes = v.missing().stream().limit(3).map(l -> Long.toString(l.code())).toList();
                    s.append("MISSING VALUES ").append(v.name()).append(" (").append(String.join(", ", codes))
                            .append(").\n");
                }
            }
            s.append("VARIABLE LEVEL");
            sep = "\n  ";
            for (StatsVariable v : d.variables()) {
                s.append(sep).append(v.name()).append(" (").append(v.level().name()).append(')');
                sep = "\n  /";
            }
            s.append(".\n");
            s.append("SAVE OUTFILE=").append(quote(d.name() + ".sav")).append(".\n");
        }
        if (!datasets.isEmpty()) {
            s.append("\nGET FILE=").append(quote(datasets.getFirst().name() + ".sav")).append(".\n");
            s.append("DATASET NAME ").append(datasets.getFirst().name()).append(".\n");
        }
        return s.toString();
    }

    /** {@code A<bytes>} for strings, {@code F<w>.<d>} for numbers, from the widest value in the data. */
    static String format(StatsDataset d, int column) {
        StatsVariable v = d.variables().get(column);
        if (!v.numeric()) {
            int width = 1;
            for (List<Object> row : d.rows()) {
                width = Math.max(width, SyntaxText.utf8Length(CsvExport.text(row.get(column))));
            }
            return "A" + Math.min(width, 32767);
        }
        int decimals = 0;
        for (List<Object> row : d.rows()) {
            if (row.get(column) instanceof Number n) {
                String text = CsvExport.number(n);
                int dot = text.indexOf('.');
                decimals = Math.max(decimals, dot < 0 ? 0 : text.length() - dot - 1);
            }
        }
        decimals = Math.min(decimals, 6);
        return "F" + (decimals == 0 ? 8 : 16) + "." + decimals;
    }

    /** A single-quoted SPSS string literal of at most {@code maxBytes} bytes of text, quotes doubled. */
    static String label(String text, int maxBytes) {
        return quote(SyntaxText.limitBytes(SyntaxText.oneLine(text), maxBytes));
    }

    static String quote(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /** Comment text: one line, no period that could end the comment early, no quote that could open a string. */
    private static String comment(String text) {
        String t = SyntaxText.oneLine(text).replace('.', ',').replaceAll("['\"]", "");
        return t.isEmpty() ? "-" : t;
    }
}
