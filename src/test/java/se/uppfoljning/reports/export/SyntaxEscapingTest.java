package se.uppfoljning.reports.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.uppfoljning.reports.export.StatsVariable.Level;
import se.uppfoljning.reports.export.StatsVariable.Type;
import se.uppfoljning.reports.export.StatsVariable.ValueLabel;

/**
 * Labels that break naive syntax writers, for each of SPSS, R and Stata: quotes, semicolons, line breaks, Arabic
 * text and a leading {@code =}; plus a structural check over every generated statement.
 */
class SyntaxEscapingTest {

    static final String QUOTES = "Säg \"hej\" och 'då'";
    static final String SEMICOLON = "Skola; klass; grupp";
    static final String LINE_BREAK = "Första raden\r\nandra raden";
    static final String ARABIC = "هل يحب طفلك المدرسة؟";
    static final String FORMULA = "=SUM(A1:A9)";
    static final String MACRO = "Kostnad i $ och `citat' \"'slut";

    /** One dataset whose labels are all the awkward ones. */
    static StatsDataset awkward() {
        List<StatsVariable> vars = List.of(
                StatsVariable.text("case_code", QUOTES),
                new StatsVariable("q1", SEMICOLON, Level.ORDINAL, Type.NUMERIC,
                        List.of(new ValueLabel(1, LINE_BREAK), new ValueLabel(2, ARABIC)),
                        List.of(new ValueLabel(-9, FORMULA))),
                new StatsVariable("q2", ARABIC, Level.NOMINAL, Type.NUMERIC,
                        List.of(new ValueLabel(1, MACRO), new ValueLabel(0, QUOTES)), List.of()),
                new StatsVariable("q3", FORMULA, Level.SCALE, Type.NUMERIC, List.of(), List.of()),
                StatsVariable.text("q4", MACRO),
                StatsVariable.text("q5", LINE_BREAK));
        List<List<Object>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(List.of("K1", 1L, 1L, 2.5, "=1+1", "text")));
        rows.add(new ArrayList<>(java.util.Arrays.asList("K2", -9L, 0L, null, ARABIC, null)));
        rows.add(new ArrayList<>(java.util.Arrays.asList("K3", 2L, null, -3L, "a \"b\", c", "x")));
        return new StatsDataset("awkward", LINE_BREAK + " " + QUOTES, vars, rows);
    }

    @Test
    void spssDoublesSingleQuotesAndKeepsLabelsOnOneLine() {
        assertThat(SpssSyntax.label(QUOTES, 255)).isEqualTo("'Säg \"hej\" och ''då'''");
        assertThat(SpssSyntax.label(SEMICOLON, 255)).isEqualTo("'Skola; klass; grupp'");
        assertThat(SpssSyntax.label(LINE_BREAK, 255)).isEqualTo("'Första raden andra raden'");
        assertThat(SpssSyntax.label(ARABIC, 255)).isEqualTo("'" + ARABIC + "'");
        assertThat(SpssSyntax.label(FORMULA, 255)).isEqualTo("'=SUM(A1:A9)'");
        assertThat(SpssSyntax.label(ARABIC.repeat(20), 120).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .as("cut to 120 bytes between characters").hasSizeLessThanOrEqualTo(122);
    }

    @Test
    void rWritesAsciiLiteralsWithEscapes() {
        assertThat(RSyntax.literal(QUOTES)).isEqualTo("\"S\\u{00e4}g \\\"hej\\\" och 'd\\u{00e5}'\"");
        assertThat(RSyntax.literal(SEMICOLON)).isEqualTo("\"Skola; klass; grupp\"");
        assertThat(RSyntax.literal(SyntaxText.oneLine(LINE_BREAK))).isEqualTo("\"F\\u{00f6}rsta raden andra raden\"");
        assertThat(RSyntax.literal(LINE_BREAK)).isEqualTo("\"F\\u{00f6}rsta raden\\r\\nandra raden\"");
        assertThat(RSyntax.literal("هل")).isEqualTo("\"\\u{0647}\\u{0644}\"");
        assertThat(RSyntax.literal(FORMULA)).isEqualTo("\"=SUM(A1:A9)\"");
        assertThat(RSyntax.literal("back\\slash")).isEqualTo("\"back\\\\slash\"");
        assertThat(RSyntax.write("t", List.of(awkward()))).matches("[\\x20-\\x7e\\n]*");
    }

    @Test
    void stataUsesCompoundQuotesWithoutMacroExpansion() {
        assertThat(StataSyntax.quote(QUOTES)).isEqualTo("`\"Säg \"hej\" och 'då'\"'");
        assertThat(StataSyntax.quote(SEMICOLON)).isEqualTo("`\"Skola; klass; grupp\"'");
        assertThat(StataSyntax.label(LINE_BREAK)).isEqualTo("`\"Första raden andra raden\"'");
        assertThat(StataSyntax.quote(ARABIC)).isEqualTo("`\"" + ARABIC + "\"'");
        assertThat(StataSyntax.quote(FORMULA)).isEqualTo("`\"=SUM(A1:A9)\"'");
        assertThat(StataSyntax.quote(MACRO)).isEqualTo("`\"Kostnad i \\$ och \\`citat' \"\u2019slut\"'");
        assertThat(StataSyntax.label("x".repeat(100))).hasSize(80 + 4);
    }

    @Test
    void everySpssCommandIsKnownBalancedAndEndsWithAPeriod() {
        String sps = SpssSyntax.write(LINE_BREAK, List.of(awkward(), awkward()));
        List<String> commands = spssCommands(sps);
        assertThat(commands).isNotEmpty();
        for (String command : commands) {
            assertThat(command).as("known command").matches("(?s)(\\* |GET DATA|DATASET NAME|SAVE OUTFILE|GET FILE"
                    + "|VARIABLE LABELS|VALUE LABELS|MISSING VALUES|VARIABLE LEVEL).*");
            assertThat(command.strip()).as("ends with a period").endsWith(".");
            assertThat(stripSpssLiterals(command)).as("quotes balanced in " + command).doesNotContain("'")
                    .doesNotContain("\"");
        }
        assertThat(sps).contains("VALUE LABELS\n  q1\n    1 'Första raden andra raden'\n    2 '" + ARABIC
                + "'\n    -9 '=SUM(A1:A9)'");
        assertThat(sps).contains("    q3 F16.1\n").contains("  /q2 '" + ARABIC + "'\n")
                .contains("* Första raden andra raden Säg hej och då.\n");
    }

    @Test
    void everyStataLineIsAKnownCommandWithBalancedQuotes() {
        String doFile = StataSyntax.write(LINE_BREAK, List.of(awkward()));
        for (String line : doFile.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            assertThat(line).as("known command").matches("(\\* |version |import delimited |label data |label variable "
                    + "|char |mvdecode |label define |label values |save |use ).*");
            String outside = stripStataLiterals(line);
            assertThat(outside).as("no string left open: " + line).doesNotContain("`").doesNotContain("\"'");
            if (!line.startsWith("import") && !line.startsWith("save") && !line.startsWith("use")
                    && !line.startsWith("*")) {
                assertThat(outside).as("no plain quotes outside labels: " + line).doesNotContain("\"");
            }
            assertThat(unescapedMacro(line)).as("no macro expands in " + line).isFalse();
        }
        assertThat(doFile).contains("label define lbl1 1 `\"Första raden andra raden\"' 2 `\"" + ARABIC
                + "\"' .a `\"=SUM(A1:A9)\"', replace");
    }

    /** Commands of an SPSS file: a command ends at a line whose last character outside literals is a period. */
    static List<String> spssCommands(String sps) {
        List<String> commands = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sps.split("\n")) {
            if (line.isBlank() && current.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (stripSpssLiterals(line).stripTrailing().endsWith(".")) {
                commands.add(current.toString());
                current.setLength(0);
            }
        }
        assertThat(current.toString()).as("unterminated command").isBlank();
        return commands;
    }

    /** The text without its quoted literals ({@code '..''..'} or {@code ".."}); an open quote stays visible. */
    static String stripSpssLiterals(String text) {
        return text.replaceAll("'([^']|'')*'(?!')", "").replaceAll("\"[^\"]*\"", "");
    }

    static String stripStataLiterals(String line) {
        return line.replaceAll("`\".*?\"'", "").replaceAll("\"[^\"]*\"", "");
    }

    /** A {@code $} or {@code `} inside a compound literal that is not escaped by a backslash. */
    static boolean unescapedMacro(String line) {
        Matcher m = Pattern.compile("`\"(.*?)\"'").matcher(line);
        while (m.find()) {
            if (m.group(1).matches(".*(?<!\\\\)[$`].*")) {
                return true;
            }
        }
        return false;
    }
}
