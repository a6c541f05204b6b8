package se.uppfoljning.reports.export;

import java.util.ArrayList;
import java.util.List;

/**
 * A Stata do-file ({@code .do}, Stata 14 or newer for UTF-8) that imports each CSV of the bundle, labels data,
 * variables and values, turns the "don't know" codes into the extended missing value {@code .a} (labelled), keeps
 * the measurement level as the characteristic {@code [measure]} and saves a {@code .dta} next to the CSV. Labels
 * are written in compound double quotes on one line; {@code `} and {@code $} are escaped with a backslash so no
 * macro is expanded, and the closing sequence {@code "'} inside a label is written {@code "’} (typographic
 * apostrophe) so it cannot end the string. Variable and data labels are cut to Stata's 80 characters. Run it with
 * the unzipped bundle as the working directory: {@code do read.do}. Reference: Stata manuals [D] import delimited,
 * [D] label, [D] mvencode, [U] 18.3 macros.
 */
public final class StataSyntax {

    static final int LABEL_CHARS = 80;

    private StataSyntax() {
    }

    public static String write(String title, List<StatsDataset> datasets) {
        StringBuilder s = new StringBuilder();
        s.append("* ").append(SyntaxText.oneLine(title)).append('\n');
        s.append("* Run with the unzipped bundle as the working directory: do read.do\n");
        s.append("version 14\n");
        for (StatsDataset d : datasets) {
            List<String> strings = new ArrayList<>();
            List<String> numbers = new ArrayList<>();
            for (int i = 0; i < d.variables().size(); i++) {
                (d.variables().get(i).numeric() ? numbers : strings).add(Integer.toString(i + 1));
            }
            s.append('\n').append("import delimited using ").append(quote(d.csvName()))
                    .append(", clear varnames(1) case(preserve) encoding(\"utf-8\") bindquote(strict)")
                    .append(" delimiters(\",\")");
            if (!strings.isEmpty()) {
                s.append(" stringcols(").append(String.join(" ", strings)).append(')');
            }
            if (!numbers.isEmpty()) {
                s.append(" numericcols(").append(String.join(" ", numbers)).append(')');
            }
            s.append('\n');
            s.append("label data ").append(label(d.label())).append('\n');
            int labelNo = 0;
            for (StatsVariable v : d.variables()) {
                s.append("label variable ").append(v.name()).append(' ').append(label(v.label())).append('\n');
                s.append("char ").append(v.name()).append("[measure] ").append(v.level().name().toLowerCase(
                        java.util.Locale.ROOT)).append('\n');
                if (!v.numeric()) {
                    continue;
                }
                List<String> pairs = new ArrayList<>();
                for (StatsVariable.ValueLabel l : v.valueLabels()) {
                    pairs.add(l.code() + " " + valueLabel(l.label()));
                }
                char extended = 'a';
                for (StatsVariable.ValueLabel m : v.missing()) {
                    s.append("mvdecode ").append(v.name()).append(", mv(").append(m.code()).append(" = .")
                            .append(extended).append(")\n");
                    pairs.add("." + extended + " " + valueLabel(m.label()));
                    extended++;
                }
                if (!pairs.isEmpty()) {
                    String name = "lbl" + ++labelNo;
                    s.append("label define ").append(name);
                    for (String p : pairs) {
                        s.append(' ').append(p);
                    }
                    s.append(", replace\n");
                    s.append("label values ").append(v.name()).append(' ').append(name).append('\n');
                }
            }
            s.append("save ").append(quote(d.name() + ".dta")).append(", replace\n");
        }
        if (!datasets.isEmpty()) {
            s.append("\nuse ").append(quote(datasets.getFirst().name() + ".dta")).append(", clear\n");
        }
        return s.toString();
    }

    static String label(String text) {
        return quote(SyntaxText.limitChars(SyntaxText.oneLine(text), LABEL_CHARS));
    }

    static String valueLabel(String text) {
        return quote(SyntaxText.limitChars(SyntaxText.oneLine(text), 32000));
    }

    /** A compound-quoted Stata string in which no macro expands and no {@code "'} closes early. */
    static String quote(String text) {
        String escaped = text.replace("`", "\\`").replace("$", "\\$").replace("\"'", "\"\u2019");
        return "`\"" + escaped + "\"'";
    }
}
