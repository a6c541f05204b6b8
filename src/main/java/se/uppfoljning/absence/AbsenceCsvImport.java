package se.uppfoljning.absence;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import se.uppfoljning.base.BusinessException;
import se.uppfoljning.cases.CaseCode;

/**
 * Reads a CSV file of monthly absence and checks every row, without Spring and without a database.
 * <p>
 * {@link #parse} checks the file (size, encoding, header, row count) and each row on its own (case-code syntax
 * and check character, month, numbers, limits). {@link #check} then adds what needs the caller's cases: unknown
 * (or out-of-scope) case, month outside the case's period, duplicate of an earlier row, and whether the month
 * is new or replaces a stored one.
 * <p>
 * Accepted: UTF-8 with or without BOM (Windows-1252 when the bytes are not UTF-8, as Excel saves "CSV"),
 * {@code ;} or {@code ,} between cells (whichever the header uses), decimal comma or point, months as
 * {@code 2026-01}, Swedish or English column names in any order. File-level problems throw
 * {@link BusinessException} with field {@code file}; row problems become {@link ImportReason}s.
 */
final class AbsenceCsvImport {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_ROWS = 20_000;
    private static final int MAX_ECHO = 40;
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The five columns; each has a Swedish and an English name (American spelling tolerated). */
    enum Column {
        CASE_CODE("ärendekod", "case_code"),
        MONTH("månad", "month"),
        OFFERED("erbjudna_timmar", "hours_offered"),
        UNAUTHORISED("ogiltig_frånvaro", "unauthorised", "unauthorized"),
        AUTHORISED("giltig_frånvaro", "authorised", "authorized");

        private final Set<String> names;

        Column(String... names) {
            this.names = Set.of(names);
        }

        static Column byName(String normalised) {
            for (Column c : values()) {
                if (c.names.contains(normalised)) {
                    return c;
                }
            }
            return null;
        }
    }

    /** A data row read on its own; null values could not be read, {@code reasons} says why. */
    record CsvRow(long line, String caseCodeText, CaseCode caseCode, YearMonth month, BigDecimal offered,
                  BigDecimal unauthorised, BigDecimal authorised, List<ImportReason> reasons) {
    }

    /** The period a case may have months in; {@code last} is null while the case is open. */
    record CaseWindow(long caseId, YearMonth first, YearMonth last) {
    }

    record CaseMonth(long caseId, YearMonth month) {
    }

    private AbsenceCsvImport() {
    }

    static List<CsvRow> parse(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw fileError("absence.import.error.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw fileError("absence.import.error.too-large", MAX_BYTES / (1024 * 1024));
        }
        String text = decode(bytes);
        char separator = separatorOf(text);
        CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(separator).skipEmptyLines(true)
                .allowExtraFields(true).allowMissingFields(true).ofCsvRecord(text);
        List<CsvRow> rows = new ArrayList<>();
        Map<Column, Integer> columns = null;
        Map<Column, String> headerNames = null;
        try {
            for (CsvRecord record : reader) {
                if (isBlank(record)) {
                    continue;
                }
                if (columns == null) {
                    columns = header(record);
                    headerNames = new EnumMap<>(Column.class);
                    for (var e : columns.entrySet()) {
                        headerNames.put(e.getKey(), record.getField(e.getValue()).strip());
                    }
                    continue;
                }
                if (rows.size() == MAX_ROWS) {
                    throw fileError("absence.import.error.too-many-rows", MAX_ROWS);
                }
                rows.add(row(record, columns, headerNames));
            }
        } catch (CsvParseException e) {
            throw fileError("absence.import.error.syntax");
        }
        if (columns == null) {
            throw fileError("absence.import.error.empty");
        }
        if (rows.isEmpty()) {
            throw fileError("absence.import.error.no-rows");
        }
        return rows;
    }

    /**
     * Adds the checks that need the caller's cases and stored months, and decides each row's status.
     *
     * @param cases the cases the importer may see, by code; any other code is "unknown case"
     * @param stored months already stored for those cases
     * @param currentMonth the month it is now (Stockholm); later months are refused
     */
    static ImportPreview check(List<CsvRow> rows, Map<String, CaseWindow> cases, Set<CaseMonth> stored,
                               YearMonth currentMonth) {
        return check(rows, cases, Set.of(), stored, currentMonth);
    }

    /**
     * As {@link #check(List, Map, Set, YearMonth)}, for a school reporter.
     *
     * @param otherSchools codes of existing cases of other schools: such a row is refused as
     *                     {@link Rejection#CASE_OF_OTHER_SCHOOL} instead of "unknown case"
     */
    static ImportPreview check(List<CsvRow> rows, Map<String, CaseWindow> cases, Set<String> otherSchools,
                               Set<CaseMonth> stored, YearMonth currentMonth) {
        Map<CaseMonth, Long> firstLine = new HashMap<>();
        List<PreviewRow> out = new ArrayList<>(rows.size());
        for (CsvRow r : rows) {
            List<ImportReason> reasons = new ArrayList<>(r.reasons());
            CaseWindow window = null;
            if (r.caseCode() != null) {
                window = cases.get(r.caseCode().value());
                if (window == null) {
                    reasons.add(ImportReason.of(otherSchools.contains(r.caseCode().value())
                            ? Rejection.CASE_OF_OTHER_SCHOOL : Rejection.UNKNOWN_CASE, r.caseCode().value()));
                }
            }
            if (window != null && r.month() != null && outside(r.month(), window)) {
                reasons.add(ImportReason.of(Rejection.MONTH_OUTSIDE_CASE_PERIOD, r.month().toString(),
                        window.first().toString(), window.last() == null ? "" : window.last().toString()));
            }
            if (r.month() != null && r.month().isAfter(currentMonth)) {
                reasons.add(ImportReason.of(Rejection.MONTH_IN_FUTURE, r.month().toString(), currentMonth.toString()));
            }
            CaseMonth key = null;
            if (window != null && r.month() != null) {
                key = new CaseMonth(window.caseId(), r.month());
                Long earlier = firstLine.putIfAbsent(key, r.line());
                if (earlier != null) {
                    reasons.add(ImportReason.of(Rejection.DUPLICATE_ROW, Long.toString(earlier)));
                }
            }
            RowStatus status = !reasons.isEmpty() ? RowStatus.REJECTED
                    : stored.contains(key) ? RowStatus.UPDATE : RowStatus.NEW;
            String code = r.caseCode() != null ? r.caseCode().value() : r.caseCodeText();
            out.add(new PreviewRow(r.line(), code, r.month(), r.offered(), r.unauthorised(), r.authorised(), status,
                    reasons));
        }
        return new ImportPreview(out);
    }

    static boolean outside(YearMonth month, CaseWindow window) {
        return month.isBefore(window.first()) || (window.last() != null && month.isAfter(window.last()));
    }

    private static CsvRow row(CsvRecord record, Map<Column, Integer> columns, Map<Column, String> names) {
        long line = record.getStartingLineNumber();
        List<ImportReason> reasons = new ArrayList<>();
        int expected = columns.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        boolean extraCells = record.getFields().stream().skip(expected).anyMatch(f -> !f.isBlank());
        if (record.getFieldCount() < expected || extraCells) {
            reasons.add(ImportReason.of(Rejection.WRONG_COLUMN_COUNT, Integer.toString(expected),
                    Integer.toString(record.getFieldCount())));
        }
        String codeText = cell(record, columns.get(Column.CASE_CODE));
        CaseCode code = null;
        if (codeText.isEmpty()) {
            reasons.add(ImportReason.of(Rejection.MISSING_VALUE, names.get(Column.CASE_CODE)));
        } else {
            code = CaseCode.parseOrNull(codeText);
            if (code == null) {
                reasons.add(ImportReason.of(Rejection.MALFORMED_CASE_CODE, echo(codeText)));
            }
        }
        YearMonth month = month(cell(record, columns.get(Column.MONTH)), names.get(Column.MONTH), reasons);
        BigDecimal offered = number(record, columns, names, Column.OFFERED, reasons);
        BigDecimal unauthorised = number(record, columns, names, Column.UNAUTHORISED, reasons);
        BigDecimal authorised = number(record, columns, names, Column.AUTHORISED, reasons);
        if (offered != null && AbsenceRules.offeredTooHigh(offered)) {
            reasons.add(ImportReason.of(Rejection.OFFERED_TOO_HIGH, AbsenceData.MAX_OFFERED.toPlainString()));
        }
        if (offered != null && unauthorised != null && authorised != null
                && AbsenceRules.absenceExceedsOffered(offered, unauthorised, authorised)) {
            reasons.add(ImportReason.of(Rejection.ABSENCE_EXCEEDS_OFFERED));
        }
        return new CsvRow(line, echo(codeText), code, month, offered, unauthorised, authorised, reasons);
    }

    private static YearMonth month(String text, String column, List<ImportReason> reasons) {
        if (text.isEmpty()) {
            reasons.add(ImportReason.of(Rejection.MISSING_VALUE, column));
            return null;
        }
        if (MONTH.matcher(text).matches()) {
            int year = Integer.parseInt(text.substring(0, 4));
            int month = Integer.parseInt(text.substring(5));
            if (year >= 2000 && year <= 2100 && month >= 1 && month <= 12) {
                return YearMonth.of(year, month);
            }
        }
        reasons.add(ImportReason.of(Rejection.INVALID_MONTH, echo(text)));
        return null;
    }

    /** A number with decimal comma or point; null (with a reason) if missing, unreadable or out of range. */
    private static BigDecimal number(CsvRecord record, Map<Column, Integer> columns, Map<Column, String> names,
                                     Column column, List<ImportReason> reasons) {
        String text = cell(record, columns.get(column)).replace("\u00a0", "").replace(" ", "");
        String name = names.get(column);
        if (text.isEmpty()) {
            reasons.add(ImportReason.of(Rejection.MISSING_VALUE, name));
            return null;
        }
        String normalised = text.replace(',', '.');
        if (!NUMBER.matcher(normalised).matches()) {
            reasons.add(ImportReason.of(Rejection.NOT_A_NUMBER, name, echo(text)));
            return null;
        }
        BigDecimal value = new BigDecimal(normalised);
        Rejection problem = AbsenceRules.hoursProblem(value);
        if (problem != null) {
            reasons.add(ImportReason.of(problem, name));
            return null;
        }
        return value.setScale(AbsenceData.SCALE);
    }

    private static Map<Column, Integer> header(CsvRecord record) {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        for (int i = 0; i < record.getFieldCount(); i++) {
            String name = normaliseHeader(record.getField(i));
            if (name.isEmpty() && i == record.getFieldCount() - 1) {
                continue; // a trailing separator after the last column
            }
            Column c = Column.byName(name);
            if (c == null || columns.putIfAbsent(c, i) != null) {
                throw fileError("absence.import.error.header");
            }
        }
        if (columns.size() != Column.values().length) {
            throw fileError("absence.import.error.header");
        }
        return columns;
    }

    static String normaliseHeader(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).strip().toLowerCase(Locale.ROOT)
                .replace(' ', '_').replace('-', '_');
    }

    /** UTF-8 (BOM dropped); bytes that are not UTF-8 are read as Windows-1252. */
    static String decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buffer).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, start, bytes.length - start, WINDOWS_1252);
        }
    }

    /** The separator the header line uses most: ';' (Swedish Excel) or ','. */
    static char separatorOf(String text) {
        String firstLine = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        long semicolons = firstLine.chars().filter(c -> c == ';').count();
        long commas = firstLine.chars().filter(c -> c == ',').count();
        return commas > semicolons ? ',' : ';';
    }

    private static boolean isBlank(CsvRecord record) {
        return record.getFields().stream().allMatch(f -> f.isBlank());
    }

    private static String cell(CsvRecord record, Integer index) {
        return index == null || index >= record.getFieldCount() ? "" : record.getField(index).strip();
    }

    private static String echo(String text) {
        return text.length() <= MAX_ECHO ? text : text.substring(0, MAX_ECHO) + "…";
    }

    private static BusinessException fileError(String key, Object... args) {
        return new BusinessException("file", key, args);
    }
}
