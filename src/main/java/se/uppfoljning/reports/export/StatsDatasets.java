package se.uppfoljning.reports.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import se.uppfoljning.base.BusinessException;
import se.uppfoljning.base.i18n.Translations;
import se.uppfoljning.reports.AnswerRow;
import se.uppfoljning.reports.ItemDefinition;
import se.uppfoljning.reports.ReportInput;
import se.uppfoljning.reports.export.StatsVariable.Level;
import se.uppfoljning.reports.export.StatsVariable.Type;
import se.uppfoljning.reports.export.StatsVariable.ValueLabel;

/**
 * The datasets of the statistics bundle, built on the de-identified tables of {@link ExportTables} (case code,
 * project and school only; free text only where the question allows it; record level, not suppressed, as the
 * CSV/XLSX exports) and labelled from the templates' item definitions in the report's language:
 * <ul>
 *   <li>{@code answers_long}: one row per case and wave; {@code answers_wide}: one row per case with
 *       {@code <item>_start} and {@code <item>_end} (paired analysis);</li>
 *   <li>{@code ratings_long}: one row per case and rating; {@code ratings_wide}: START and END per case (the last
 *       rating of a case at a timepoint wins, as in the report).</li>
 * </ul>
 * Coding: scale items keep their scale value (ordinal); yes/no is 1 = yes, 0 = no (nominal); choices keep integer
 * values, other choice values are numbered 1..k in template order (nominal); numbers stay numbers (scale);
 * "don't know" is the user-missing code {@value #DONT_KNOW_CODE} on coded items and empty on numbers. Line breaks
 * in free text become spaces (SPSS cannot read quoted line breaks).
 */
public final class StatsDatasets {

    public static final long DONT_KNOW_CODE = -9;
    static final String START = "START";
    static final String END = "END";
    /** Room for the {@code _start} / {@code _end} suffix within Stata's 32 characters. */
    private static final int WIDE_BASE = StatsVariable.MAX_NAME - 6;
    private static final Set<String> RESERVED = Set.of("all", "and", "by", "eq", "ge", "gt", "le", "lt", "ne",
            "not", "or", "to", "with", "if", "in", "using", "else", "for", "while", "function", "repeat", "break",
            "next", "true", "false", "null", "inf", "nan", "na", "byte", "int", "long", "float", "double", "str",
            "strl", "_all", "_n", "_b", "_cons", "_pi", "_rc", "_se");

    private StatsDatasets() {
    }

    /**
     * All four datasets for the input's scope and language.
     *
     * @throws BusinessException {@code reports.export.error.no-data} when the scope has no answers and no ratings
     */
    public static List<StatsDataset> build(ReportInput input) {
        Locale locale = input.scope().language();
        ExportTable answers = ExportTables.answers(input);
        ExportTable ratings = ExportTables.ratings(input);
        if (answers.rows().isEmpty() && ratings.rows().isEmpty()) {
            throw new BusinessException("reports.export.error.no-data");
        }
        Map<String, ItemDefinition> enquiry = new HashMap<>();
        input.enquiryItems().forEach(i -> enquiry.put(i.analysisKey(), i));
        Map<String, ItemDefinition> rating = new HashMap<>();
        input.ratingItems().forEach(i -> rating.put(i.analysisKey(), i));
        StatsDataset answersLong = coded("answers_long", t(locale, "reports.export.stats.answers-long"), answers,
                4, enquiry, locale);
        StatsDataset ratingsLong = coded("ratings_long", t(locale, "reports.export.stats.ratings-long"), ratings,
                5, rating, locale);
        return List.of(answersLong,
                wide("answers_wide", t(locale, "reports.export.stats.answers-wide"), answersLong, 3, 4, locale),
                ratingsLong,
                wide("ratings_wide", t(locale, "reports.export.stats.ratings-wide"), ratingsLong, 3, 5, locale));
    }

    /** Recodes an export table: the first {@code fixed} columns are texts, the rest items. */
    private static StatsDataset coded(String name, String label, ExportTable table, int fixed,
                                      Map<String, ItemDefinition> items, Locale locale) {
        List<StatsVariable> variables = new ArrayList<>();
        List<Coder> coders = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (int i = 0; i < table.columns().size(); i++) {
            String column = table.columns().get(i);
            if (i < fixed) {
                variables.add(StatsVariable.text(unique(column, StatsVariable.MAX_NAME, used),
                        t(locale, "reports.export.column." + column.replace('_', '-'))));
                coders.add(StatsDatasets::oneLine);
                continue;
            }
            ItemDefinition item = items.get(column);
            String varName = unique(column, WIDE_BASE, used);
            Item coded = item == null ? new Item(StatsVariable.text(varName, column), StatsDatasets::oneLine)
                    : item(varName, item, locale);
            variables.add(coded.variable());
            coders.add(coded.coder());
        }
        List<List<Object>> rows = new ArrayList<>();
        for (List<Object> row : table.rows()) {
            List<Object> out = new ArrayList<>(row.size());
            for (int i = 0; i < row.size(); i++) {
                out.add(coders.get(i).code(row.get(i)));
            }
            rows.add(out);
        }
        return new StatsDataset(name, label, variables, rows);
    }

    private interface Coder {
        Object code(Object cell);
    }

    private record Item(StatsVariable variable, Coder coder) {
    }

    private static Item item(String name, ItemDefinition item, Locale locale) {
        String label = item.text(locale);
        ValueLabel dontKnow = new ValueLabel(DONT_KNOW_CODE, t(locale, "reports.export.values.dont-know"));
        return switch (item.kind()) {
            case LIKERT, RATING -> {
                List<ValueLabel> labels = new ArrayList<>();
                for (ItemDefinition.Choice c : item.choices()) {
                    Long code = integer(c.value());
                    if (code != null) {
                        labels.add(new ValueLabel(code, c.label(locale)));
                    }
                }
                yield new Item(new StatsVariable(name, label, Level.ORDINAL, Type.NUMERIC, labels, List.of(dontKnow)),
                        cell -> dontKnow(cell) ? (Object) DONT_KNOW_CODE : number(cell));
            }
            case YES_NO -> new Item(new StatsVariable(name, label, Level.NOMINAL, Type.NUMERIC,
                    List.of(new ValueLabel(1, t(locale, "reports.answer.yes")),
                            new ValueLabel(0, t(locale, "reports.answer.no"))), List.of(dontKnow)),
                    cell -> dontKnow(cell) ? (Object) DONT_KNOW_CODE
                            : AnswerRow.YES.equals(trimmed(cell)) ? (Object) 1L
                            : AnswerRow.NO.equals(trimmed(cell)) ? (Object) 0L : null);
            case CHOICE -> {
                boolean integers = item.choices().stream().allMatch(c -> integer(c.value()) != null);
                Map<String, Long> codes = new LinkedHashMap<>();
                List<ValueLabel> labels = new ArrayList<>();
                long next = 1;
                for (ItemDefinition.Choice c : item.choices()) {
                    long code = integers ? integer(c.value()) : next++;
                    codes.put(c.value(), code);
                    labels.add(new ValueLabel(code, c.label(locale)));
                }
                long missingCode = DONT_KNOW_CODE;
                while (codes.containsValue(missingCode)) {
                    missingCode = missingCode * 10 - 9;
                }
                long dk = missingCode;
                yield new Item(new StatsVariable(name, label, Level.NOMINAL, Type.NUMERIC, labels,
                        List.of(new ValueLabel(dk, dontKnow.label()))),
                        cell -> dontKnow(cell) ? (Object) dk : codes.get(trimmed(cell)));
            }
            case NUMBER -> new Item(new StatsVariable(name, label, Level.SCALE, Type.NUMERIC, List.of(), List.of()),
                    cell -> dontKnow(cell) ? null : number(cell));
            case TEXT -> new Item(StatsVariable.text(name, label), StatsDatasets::oneLine);
        };
    }

    /** START/END of a long dataset side by side: ids, then each item's {@code _start} and {@code _end}. */
    private static StatsDataset wide(String name, String label, StatsDataset longSet, int ids, int firstItem,
                                     Locale locale) {
        int waveColumn = ids;
        List<StatsVariable> variables = new ArrayList<>(longSet.variables().subList(0, ids));
        String startLabel = t(locale, "reports.wave.start");
        String endLabel = t(locale, "reports.wave.end");
        List<StatsVariable> items = longSet.variables().subList(firstItem, longSet.variables().size());
        for (StatsVariable v : items) {
            variables.add(renamed(v, v.name() + "_start", v.label() + " (" + startLabel + ")"));
            variables.add(renamed(v, v.name() + "_end", v.label() + " (" + endLabel + ")"));
        }
        Map<List<Object>, Object[]> byCase = new LinkedHashMap<>();
        for (List<Object> row : longSet.rows()) {
            String wave = String.valueOf(row.get(waveColumn));
            int offset = START.equalsIgnoreCase(wave) ? 0 : END.equalsIgnoreCase(wave) ? 1 : -1;
            if (offset < 0) {
                continue;
            }
            Object[] values = byCase.computeIfAbsent(row.subList(0, ids), k -> new Object[items.size() * 2]);
            for (int i = 0; i < items.size(); i++) {
                values[2 * i + offset] = row.get(firstItem + i);
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        byCase.forEach((id, values) -> {
            List<Object> row = new ArrayList<>(id);
            row.addAll(java.util.Arrays.asList(values));
            rows.add(row);
        });
        return new StatsDataset(name, label, variables, rows);
    }

    private static StatsVariable renamed(StatsVariable v, String name, String label) {
        return new StatsVariable(name, label, v.level(), v.type(), v.valueLabels(), v.missing());
    }

    /** A portable, unique (ignoring case) variable name of at most {@code max} characters. */
    static String unique(String key, int max, Set<String> used) {
        String base = key.replaceAll("[^A-Za-z0-9_]", "_");
        if (base.isEmpty() || !Character.isLetter(base.charAt(0)) || base.charAt(0) > 127) {
            base = "v" + base;
        }
        if (RESERVED.contains(base.toLowerCase(Locale.ROOT))) {
            base = base + "_v";
        }
        base = base.length() > max ? base.substring(0, max) : base;
        String name = base;
        for (int i = 2; used.contains(name.toLowerCase(Locale.ROOT)); i++) {
            String suffix = "_" + i;
            name = base.substring(0, Math.min(base.length(), max - suffix.length())) + suffix;
        }
        used.add(name.toLowerCase(Locale.ROOT));
        return name;
    }

    private static boolean dontKnow(Object cell) {
        return cell instanceof String s && (s.isBlank() || AnswerRow.DONT_KNOW.equals(s.strip()));
    }

    private static String trimmed(Object cell) {
        return cell == null ? null : cell.toString().strip();
    }

    private static Object number(Object cell) {
        if (cell instanceof Number n) {
            return n;
        }
        String s = trimmed(cell);
        if (s != null && se.uppfoljning.base.SpreadsheetText.isPlainNumber(s)) {
            return s.contains(".") ? (Object) Double.parseDouble(s) : (Object) Long.parseLong(s);
        }
        return null;
    }

    private static Long integer(String value) {
        return value != null && value.strip().matches("-?\\d{1,15}") ? Long.parseLong(value.strip()) : null;
    }

    private static Object oneLine(Object cell) {
        return cell instanceof String s ? s.replaceAll("\\s*(\r\n|\r|\n|\u2028|\u2029)\\s*", " ") : cell;
    }

    private static String t(Locale locale, String key) {
        return Translations.translate(key, locale);
    }
}
