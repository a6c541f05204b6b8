package se.uppfoljning.reports.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import se.uppfoljning.base.SpreadsheetText;
import se.uppfoljning.base.i18n.Translations;
import se.uppfoljning.enquiries.Wave;
import se.uppfoljning.reports.AbsenceRow;
import se.uppfoljning.reports.AnswerRow;
import se.uppfoljning.reports.CaseRow;
import se.uppfoljning.reports.ItemDefinition;
import se.uppfoljning.reports.ItemKind;
import se.uppfoljning.reports.RatingRow;
import se.uppfoljning.reports.ReportInput;
import se.uppfoljning.surveys.AnswerValidator;

/**
 * The de-identified export tables: answers (one row per case and wave, one column per question), ratings (one row
 * per case and timepoint), absence (one row per case and month) and the data dictionary. Rows are identified by
 * case code, project and school only; there are no names, and no grade or gender (they would make a pupil easier
 * to recognise in record-level data). Free-text answers are exported only where the question allows them in
 * reports; answers of questions the report does not know are treated as free text.
 */
public final class ExportTables {

    public static final String ANSWERS = "answers";
    public static final String RATINGS = "ratings";
    public static final String ABSENCE = "absence";
    public static final String DICTIONARY = "dictionary";

    private static final List<String> ID_COLUMNS = List.of("case_code", "project", "school");

    private ExportTables() {
    }

    public static ExportTable answers(ReportInput input) {
        Map<Long, CaseRow> cases = cases(input);
        Map<String, ItemDefinition> items = new LinkedHashMap<>();
        input.enquiryItems().forEach(i -> items.put(i.analysisKey(), i));
        LinkedHashSet<String> keys = new LinkedHashSet<>(items.keySet());
        input.answers().stream().map(AnswerRow::analysisKey).sorted().forEach(keys::add);
        List<String> keyList = new ArrayList<>(keys);
        // case -> wave -> key -> value
        TreeMap<String, Map<String, String>> rows = new TreeMap<>();
        Map<String, Object[]> rowIds = new HashMap<>();
        for (AnswerRow a : input.answers()) {
            CaseRow c = cases.get(a.caseId());
            if (c == null) {
                continue;
            }
            ItemDefinition item = items.get(a.analysisKey());
            boolean freeText = item == null || item.kind() == ItemKind.TEXT;
            if (freeText && !a.freeTextAllowedInReports()) {
                continue;
            }
            String rowKey = c.caseCode() + "\u0000" + a.wave().ordinal() + "\u0000" + c.caseId();
            rows.computeIfAbsent(rowKey, k -> new HashMap<>()).put(a.analysisKey(), a.value() == null ? ""
                    : a.value());
            rowIds.putIfAbsent(rowKey, new Object[] {c, a.wave()});
        }
        List<String> columns = new ArrayList<>(ID_COLUMNS);
        columns.add("wave");
        columns.addAll(keyList);
        List<List<Object>> out = new ArrayList<>();
        rows.forEach((rowKey, values) -> {
            CaseRow c = (CaseRow) rowIds.get(rowKey)[0];
            Wave wave = (Wave) rowIds.get(rowKey)[1];
            List<Object> row = idCells(c);
            row.add(wave.name());
            for (String key : keyList) {
                ItemDefinition item = items.get(key);
                row.add(typed(values.get(key), item != null && numeric(item.kind())));
            }
            out.add(row);
        });
        return new ExportTable(ANSWERS, columns, out);
    }

    /**
     * One row per case, date and time point: the scores of the scale items and, as further columns, what the rating
     * says about itself (single-choice items such as {@code rater-role}). Free-text items are never exported.
     */
    public static ExportTable ratings(ReportInput input) {
        Map<Long, CaseRow> cases = cases(input);
        LinkedHashSet<String> keys = new LinkedHashSet<>();
        input.ratingItems().stream().filter(i -> i.kind() != ItemKind.TEXT).forEach(i -> keys.add(i.analysisKey()));
        input.ratings().stream().map(RatingRow::analysisKey).sorted().forEach(keys::add);
        input.ratings().stream().flatMap(r -> r.attributes().keySet().stream()).sorted().forEach(keys::add);
        List<String> keyList = new ArrayList<>(keys);
        TreeMap<String, Map<String, Object>> rows = new TreeMap<>();
        Map<String, RatingRow> first = new HashMap<>();
        for (RatingRow r : input.ratings()) {
            CaseRow c = cases.get(r.caseId());
            if (c == null) {
                continue;
            }
            String rowKey = c.caseCode() + "\u0000" + (r.date() == null ? "" : r.date()) + "\u0000" + r.timepoint()
                    + "\u0000" + c.caseId();
            Map<String, Object> values = rows.computeIfAbsent(rowKey, k -> new HashMap<>());
            r.attributes().forEach(values::putIfAbsent);
            values.put(r.analysisKey(), r.value());
            first.putIfAbsent(rowKey, r);
        }
        List<String> columns = new ArrayList<>(ID_COLUMNS);
        columns.add("timepoint");
        columns.add("date");
        columns.addAll(keyList);
        List<List<Object>> out = new ArrayList<>();
        rows.forEach((rowKey, values) -> {
            RatingRow r = first.get(rowKey);
            List<Object> row = idCells(cases.get(r.caseId()));
            row.add(r.timepoint());
            row.add(r.date() == null ? null : r.date().toString());
            for (String key : keyList) {
                row.add(values.get(key));
            }
            out.add(row);
        });
        return new ExportTable(RATINGS, columns, out);
    }

    public static ExportTable absence(ReportInput input) {
        Map<Long, CaseRow> cases = cases(input);
        List<AbsenceRow> sorted = input.absence().stream().filter(a -> cases.containsKey(a.caseId()))
                .sorted(Comparator.comparing((AbsenceRow a) -> cases.get(a.caseId()).caseCode())
                        .thenComparing(AbsenceRow::month))
                .toList();
        List<String> columns = new ArrayList<>(ID_COLUMNS);
        columns.addAll(List.of("month", "hours_offered", "unauthorised_hours", "authorised_hours",
                "unauthorised_percent"));
        List<List<Object>> out = new ArrayList<>();
        for (AbsenceRow a : sorted) {
            List<Object> row = idCells(cases.get(a.caseId()));
            row.add(a.month().toString());
            row.add(a.hoursOffered());
            row.add(a.unauthorisedHours());
            row.add(a.authorisedHours());
            row.add(a.hoursOffered() > 0 ? BigDecimal.valueOf(a.unauthorisedHours()).multiply(BigDecimal.valueOf(100))
                    .divide(BigDecimal.valueOf(a.hoursOffered()), 1, RoundingMode.HALF_UP).min(BigDecimal.valueOf(100))
                    .doubleValue() : null);
            out.add(row);
        }
        return new ExportTable(ABSENCE, columns, out);
    }

    /** Every column of the three data tables: meaning, values or scale, analysis key and question text. */
    public static ExportTable dictionary(ReportInput input, ExportTable answers, ExportTable ratings,
                                         ExportTable absence) {
        Locale locale = input.scope().language();
        Function<String, String> t = key -> Translations.translate(key, locale);
        Map<String, ItemDefinition> enquiry = new HashMap<>();
        input.enquiryItems().forEach(i -> enquiry.put(i.analysisKey(), i));
        Map<String, ItemDefinition> rating = new HashMap<>();
        input.ratingItems().forEach(i -> rating.put(i.analysisKey(), i));
        List<List<Object>> rows = new ArrayList<>();
        for (ExportTable table : List.of(answers, ratings, absence)) {
            for (String column : table.columns()) {
                Map<String, ItemDefinition> items = table == answers ? enquiry : table == ratings ? rating : Map.of();
                ItemDefinition item = items.get(column);
                List<Object> row = new ArrayList<>();
                row.add(table.name());
                row.add(column);
                if (item != null) {
                    row.add(t.apply(table == answers ? "reports.export.meaning.answer" : "reports.export.meaning.rating"));
                    row.add(values(item, locale, t));
                    row.add(item.analysisKey());
                    row.add(item.text(locale));
                } else if (isFixed(column)) {
                    row.add(t.apply("reports.export.column." + column.replace('_', '-')));
                    row.add(fixedValues(column, t));
                    row.add(null);
                    row.add(null);
                } else {
                    row.add(t.apply(table == answers ? "reports.export.meaning.answer" : "reports.export.meaning.rating"));
                    row.add(t.apply("reports.export.values.unknown"));
                    row.add(column);
                    row.add(null);
                }
                rows.add(row);
            }
        }
        return new ExportTable(DICTIONARY, List.of("file", "column", "meaning", "values", "analysis_key",
                "question_text"), rows);
    }

    private static final List<String> FIXED = List.of("case_code", "project", "school", "wave", "timepoint",
            "date", "month", "hours_offered", "unauthorised_hours", "authorised_hours", "unauthorised_percent");

    private static boolean isFixed(String column) {
        return FIXED.contains(column);
    }

    private static String fixedValues(String column, Function<String, String> t) {
        return switch (column) {
            case "wave" -> "START, END";
            case "timepoint" -> "START, M3, M6, END";
            case "date" -> "YYYY-MM-DD";
            case "month" -> "YYYY-MM";
            case "hours_offered", "unauthorised_hours", "authorised_hours" -> t.apply("reports.export.values.hours");
            case "unauthorised_percent" -> "0-100";
            default -> t.apply("reports.export.values.text");
        };
    }

    private static String values(ItemDefinition item, Locale locale, Function<String, String> t) {
        String dontKnow = AnswerRow.DONT_KNOW + " = " + t.apply("reports.export.values.dont-know");
        return switch (item.kind()) {
            case LIKERT, RATING -> {
                StringBuilder b = new StringBuilder(item.scaleMin() + "-" + item.scaleMax());
                List<String> labels = new ArrayList<>();
                for (ItemDefinition.Choice c : item.choices()) {
                    labels.add(c.value() + " = " + c.label(locale));
                }
                if (!labels.isEmpty()) {
                    b.append(" (").append(String.join("; ", labels)).append(')');
                }
                yield b + "; " + dontKnow;
            }
            case YES_NO -> AnswerRow.YES + ", " + AnswerRow.NO + "; " + dontKnow;
            case CHOICE -> String.join("; ", item.choices().stream()
                    .map(c -> c.value() + " = " + c.label(locale)).toList()) + "; " + dontKnow;
            case NUMBER -> t.apply("reports.export.values.number");
            case TEXT -> t.apply("reports.export.values.free-text");
        };
    }

    private static boolean numeric(ItemKind kind) {
        return kind == ItemKind.LIKERT || kind == ItemKind.RATING || kind == ItemKind.NUMBER;
    }

    /**
     * Answers to numeric items become numbers (so a spreadsheet can compute with them), read by the same rule that
     * checked and stored them ({@link AnswerValidator#parseDecimal}): {@code 12,5} is 12.5, {@code 1e1} stays text.
     */
    private static Object typed(String value, boolean numeric) {
        if (value == null) {
            return null;
        }
        BigDecimal number = numeric ? AnswerValidator.parseDecimal(value) : null;
        return number != null ? number : value;
    }

    private static List<Object> idCells(CaseRow c) {
        List<Object> row = new ArrayList<>();
        row.add(c.caseCode());
        row.add(c.project());
        row.add(c.school());
        return row;
    }

    private static Map<Long, CaseRow> cases(ReportInput input) {
        Map<Long, CaseRow> m = new HashMap<>();
        input.cases().forEach(c -> m.put(c.caseId(), c));
        return m;
    }
}
