package se.uppfoljning.reports.export;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * An R script ({@code read.R}, base R only) that reads each CSV of the bundle into a data frame of the same name
 * with labels: {@code source("read.R")} in the unzipped folder. Nominal coded variables become factors whose
 * levels are the value labels; ordinal and scale variables stay numeric (so medians and
 * {@code wilcox.test} work) and carry the value labels as the attribute {@code labels} (a named numeric vector).
 * Every variable has the attributes {@code label} (variable label) and {@code measure}; user-missing codes become
 * {@code NA} and are kept in the attribute {@code missing_codes}. String literals are pure ASCII: quotes and
 * backslashes are escaped and every other character is written as a backslash-u escape, so the script reads the
 * same in any locale (also {@code LANG=C}).
 */
public final class RSyntax {

    private RSyntax() {
    }

    public static String write(String title, List<StatsDataset> datasets) {
        StringBuilder s = new StringBuilder();
        s.append("# ").append(ascii(SyntaxText.oneLine(title))).append('\n');
        s.append("# In R, with the unzipped bundle as the working directory: source(\"read.R\")\n");
        s.append("""
                .uppf_label <- function(x, label, measure, codes = numeric(0), texts = character(0),
                                        missing = numeric(0), missing_texts = character(0)) {
                  if (length(missing) > 0) x[x %in% missing] <- NA
                  if (measure == "nominal" && length(codes) > 0) {
                    x <- factor(x, levels = codes, labels = texts)
                  } else if (length(codes) > 0) {
                    attr(x, "labels") <- stats::setNames(codes, texts)
                  }
                  attr(x, "label") <- label
                  attr(x, "measure") <- measure
                  if (length(missing) > 0) attr(x, "missing_codes") <- stats::setNames(missing, missing_texts)
                  x
                }
                """);
        for (StatsDataset d : datasets) {
            String classes = d.variables().stream().map(v -> v.numeric() ? "\"numeric\"" : "\"character\"")
                    .collect(Collectors.joining(", "));
            s.append('\n').append(d.name()).append(" <- utils::read.csv(").append(literal(d.csvName()))
                    .append(", encoding = \"UTF-8\", na.strings = \"\", check.names = FALSE,\n")
                    .append("  stringsAsFactors = FALSE, colClasses = c(").append(classes).append("))\n");
            for (StatsVariable v : d.variables()) {
                s.append(d.name()).append("[[").append(literal(v.name())).append("]] <- .uppf_label(")
                        .append(d.name()).append("[[").append(literal(v.name())).append("]], ")
                        .append(literal(SyntaxText.oneLine(v.label()))).append(", ")
                        .append(literal(v.level().name().toLowerCase(Locale.ROOT)));
                if (!v.valueLabels().isEmpty()) {
                    s.append(",\n  codes = ").append(codes(v.valueLabels())).append(", texts = ")
                            .append(texts(v.valueLabels()));
                }
                if (!v.missing().isEmpty()) {
                    s.append(",\n  missing = ").append(codes(v.missing())).append(", missing_texts = ")
                            .append(texts(v.missing()));
                }
                s.append(")\n");
            }
            s.append("attr(").append(d.name()).append(", \"label\") <- ").append(literal(SyntaxText.oneLine(
                    d.label()))).append('\n');
        }
        s.append("\nmessage(").append(literal("Loaded: " + datasets.stream().map(StatsDataset::name)
                .collect(Collectors.joining(", ")))).append(")\n");
        return s.toString();
    }

    private static String codes(List<StatsVariable.ValueLabel> labels) {
        return labels.stream().map(l -> Long.toString(l.code())).collect(Collectors.joining(", ", "c(", ")"));
    }

    private static String texts(List<StatsVariable.ValueLabel> labels) {
        return labels.stream().map(l -> literal(SyntaxText.oneLine(l.label())))
                .collect(Collectors.joining(", ", "c(", ")"));
    }

    /** A double-quoted R string literal in plain ASCII. */
    static String literal(String text) {
        StringBuilder b = new StringBuilder("\"");
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '\\' -> b.append("\\\\");
                case '"' -> b.append("\\\"");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (cp >= 0x20 && cp < 0x7f) {
                        b.appendCodePoint(cp);
                    } else if (cp == 0) {
                        // R strings cannot hold NUL: leave it out
                    } else if (cp <= 0xFFFF) {
                        b.append(String.format("\\u{%04x}", cp));
                    } else {
                        b.append(String.format("\\U{%x}", cp));
                    }
                }
            }
        });
        return b.append('"').toString();
    }

    /** Comment text: non-ASCII characters written as {@code ?} to keep the file ASCII. */
    private static String ascii(String text) {
        return text.replaceAll("[^\\x20-\\x7e]", "?");
    }
}
