package se.uppfoljning.absence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.uppfoljning.absence.AbsenceCsvImport.CaseMonth;
import se.uppfoljning.absence.AbsenceCsvImport.CaseWindow;
import se.uppfoljning.base.BusinessException;
import se.uppfoljning.cases.CaseCode;

class AbsenceCsvImportTest {

    private static final String SV_HEADER = "ärendekod;månad;erbjudna_timmar;ogiltig_frånvaro;giltig_frånvaro\n";
    private static final Random RANDOM = new Random(7);
    private static final String A = CaseCode.random(RANDOM).value();
    private static final String B = CaseCode.random(RANDOM).value();
    private static final String OUTSIDER = CaseCode.random(RANDOM).value();
    private static final Map<String, CaseWindow> CASES = Map.of(
            A, new CaseWindow(1, YearMonth.of(2025, 9), null),
            B, new CaseWindow(2, YearMonth.of(2025, 8), YearMonth.of(2026, 2)));

    /** The month the tests run in; later months are refused. */
    private static final YearMonth NOW = YearMonth.of(2026, 11);

    private static ImportPreview preview(String csv) {
        return preview(csv.getBytes(StandardCharsets.UTF_8), Set.of());
    }

    private static ImportPreview preview(byte[] csv, Set<CaseMonth> stored) {
        return AbsenceCsvImport.check(AbsenceCsvImport.parse(csv), CASES, stored, NOW);
    }

    private static List<Rejection> kinds(PreviewRow row) {
        return row.reasons().stream().map(ImportReason::kind).toList();
    }

    @Test
    void readsSemicolonsAndDecimalCommas() {
        ImportPreview p = preview(SV_HEADER + A + ";2026-01;80,5;4,5;2\n");
        PreviewRow row = p.rows().getFirst();
        assertThat(row.status()).isEqualTo(RowStatus.NEW);
        assertThat(row.caseCode()).isEqualTo(A);
        assertThat(row.month()).isEqualTo(YearMonth.of(2026, 1));
        assertThat(row.hoursOffered()).isEqualByComparingTo("80.5");
        assertThat(row.unauthorised()).isEqualByComparingTo("4.5");
        assertThat(row.authorised()).isEqualByComparingTo("2");
        assertThat(row.line()).isEqualTo(2);
    }

    @Test
    void readsCommasWithDecimalPointsAndEnglishHeaderInAnyOrder() {
        ImportPreview p = preview("month,case_code,hours_offered,authorised,unauthorised\n2026-02,"
                + A.toLowerCase() + ",100.0,1.5,3\n");
        PreviewRow row = p.rows().getFirst();
        assertThat(row.status()).isEqualTo(RowStatus.NEW);
        assertThat(row.caseCode()).isEqualTo(A);
        assertThat(row.unauthorised()).isEqualByComparingTo("3");
        assertThat(row.authorised()).isEqualByComparingTo("1.5");
    }

    @Test
    void readsQuotedDecimalCommasInCommaSeparatedFiles() {
        ImportPreview p = preview("case_code,month,hours_offered,unauthorised,authorised\n"
                + A + ",2026-01,\"80,5\",\"4,5\",0\n");
        assertThat(p.rows().getFirst().hoursOffered()).isEqualByComparingTo("80.5");
        assertThat(p.rejectedCount()).isZero();
    }

    @Test
    void toleratesByteOrderMarkAndCrLf() {
        byte[] body = (SV_HEADER.replace("\n", "\r\n") + A + ";2026-01;80;0;0\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        ImportPreview p = preview(withBom, Set.of());
        assertThat(p.rows()).hasSize(1);
        assertThat(p.rows().getFirst().status()).isEqualTo(RowStatus.NEW);
    }

    @Test
    void readsWindows1252FilesAsExcelSavesThem() {
        byte[] csv = (SV_HEADER + A + ";2026-01;80;0;0\n").getBytes(Charset.forName("windows-1252"));
        assertThat(preview(csv, Set.of()).rows().getFirst().status()).isEqualTo(RowStatus.NEW);
    }

    @Test
    void reportsTheFilesLineNumbersAcrossBlankLines() {
        ImportPreview p = preview(SV_HEADER + A + ";2026-01;80;0;0\n\n" + A + ";2026-13;80;0;0\n;;;;\n"
                + A + ";2026-03;80;0;0\n");
        assertThat(p.rows()).extracting(PreviewRow::line).containsExactly(2L, 4L, 6L);
        assertThat(kinds(p.rows().get(1))).containsExactly(Rejection.INVALID_MONTH);
    }

    @Test
    void rejectsMistypedCaseCodes() {
        String swapped = A.substring(0, 5) + A.charAt(6) + A.charAt(5) + A.substring(7);
        ImportPreview p = preview(SV_HEADER + (A.equals(swapped) ? "XXXX-XXXX" : swapped) + ";2026-01;80;0;0\n"
                + "K7Q;2026-01;80;0;0\n");
        assertThat(p.rows()).allSatisfy(r -> assertThat(kinds(r)).containsExactly(Rejection.MALFORMED_CASE_CODE));
    }

    @Test
    void rejectsUnknownCasesTheSameWayAsCasesOutsideTheScope() {
        ImportPreview p = preview(SV_HEADER + OUTSIDER + ";2026-01;80;0;0\n");
        PreviewRow row = p.rows().getFirst();
        assertThat(kinds(row)).containsExactly(Rejection.UNKNOWN_CASE);
        assertThat(row.reasons().getFirst().args()).containsExactly(OUTSIDER);
    }

    @Test
    void rejectsMonthsOutsideTheCasePeriod() {
        ImportPreview p = preview(SV_HEADER + A + ";2025-08;80;0;0\n" + B + ";2026-03;80;0;0\n"
                + B + ";2026-02;80;0;0\n" + A + ";2026-11;80;0;0\n");
        assertThat(kinds(p.rows().get(0))).containsExactly(Rejection.MONTH_OUTSIDE_CASE_PERIOD);
        assertThat(kinds(p.rows().get(1))).containsExactly(Rejection.MONTH_OUTSIDE_CASE_PERIOD);
        assertThat(p.rows().get(2).valid()).isTrue();
        assertThat(p.rows().get(3).valid()).as("open case").isTrue();
    }

    @Test
    void rejectsAbsenceAboveHoursOffered() {
        ImportPreview p = preview(SV_HEADER + A + ";2026-01;10;6;4,1\n" + A + ";2026-02;10;6;4\n");
        assertThat(kinds(p.rows().get(0))).containsExactly(Rejection.ABSENCE_EXCEEDS_OFFERED);
        assertThat(p.rows().get(1).valid()).isTrue();
    }

    @Test
    void rejectsNegativeNumbersAndTooManyDecimals() {
        ImportPreview p = preview(SV_HEADER + A + ";2026-01;-80;0;0\n" + A + ";2026-02;80;1,125;0\n");
        assertThat(kinds(p.rows().get(0))).containsExactly(Rejection.NEGATIVE);
        assertThat(p.rows().get(0).reasons().getFirst().args()).containsExactly("erbjudna_timmar");
        assertThat(kinds(p.rows().get(1))).containsExactly(Rejection.TOO_MANY_DECIMALS);
    }

    @Test
    void rejectsTextWhereANumberBelongs() {
        ImportPreview p = preview(SV_HEADER + A + ";2026-01;åttio;0;1.000,5\n");
        assertThat(kinds(p.rows().getFirst())).containsExactly(Rejection.NOT_A_NUMBER, Rejection.NOT_A_NUMBER);
        assertThat(p.rows().getFirst().reasons().getFirst().args()).containsExactly("erbjudna_timmar", "åttio");
    }

    @Test
    void rejectsMoreThan250HoursOffered() {
        ImportPreview p = preview(SV_HEADER + A + ";2026-01;250,1;0;0\n" + A + ";2026-02;250;0;0\n");
        assertThat(kinds(p.rows().get(0))).containsExactly(Rejection.OFFERED_TOO_HIGH);
        assertThat(p.rows().get(1).valid()).isTrue();
    }

    @Test
    void rejectsMissingValuesAndWrongColumnCounts() {
        ImportPreview p = preview(SV_HEADER + A + ";2026-01;;0;0\n" + A + ";2026-02;80;0\n"
                + A + ";2026-03;80;0;0;9\n");
        assertThat(kinds(p.rows().get(0))).containsExactly(Rejection.MISSING_VALUE);
        assertThat(kinds(p.rows().get(1))).containsExactly(Rejection.WRONG_COLUMN_COUNT, Rejection.MISSING_VALUE);
        assertThat(kinds(p.rows().get(2))).containsExactly(Rejection.WRONG_COLUMN_COUNT);
    }

    @Test
    void rejectsALaterRowForTheSameCaseAndMonth() {
        ImportPreview p = preview(SV_HEADER + A + ";2026-01;80;0;0\n" + B + ";2026-01;80;0;0\n"
                + A.replace("-", "") + ";2026-01;70;0;0\n");
        assertThat(p.rows().get(0).valid()).isTrue();
        assertThat(p.rows().get(1).valid()).isTrue();
        assertThat(kinds(p.rows().get(2))).containsExactly(Rejection.DUPLICATE_ROW);
        assertThat(p.rows().get(2).reasons().getFirst().args()).containsExactly("2");
    }

    @Test
    void marksStoredMonthsAsUpdates() {
        ImportPreview p = preview((SV_HEADER + A + ";2026-01;80;0;0\n" + A + ";2026-02;80;0;0\n")
                .getBytes(StandardCharsets.UTF_8), Set.of(new CaseMonth(1, YearMonth.of(2026, 1))));
        assertThat(p.rows()).extracting(PreviewRow::status).containsExactly(RowStatus.UPDATE, RowStatus.NEW);
        assertThat(p.updateCount()).isEqualTo(1);
        assertThat(p.newCount()).isEqualTo(1);
    }

    @Test
    void collectsEveryReasonOfARow() {
        ImportPreview p = preview(SV_HEADER + "nonsense;jan;x;-1;0,555\n");
        assertThat(kinds(p.rows().getFirst())).containsExactly(Rejection.MALFORMED_CASE_CODE,
                Rejection.INVALID_MONTH, Rejection.NOT_A_NUMBER, Rejection.NEGATIVE, Rejection.TOO_MANY_DECIMALS);
    }

    @Test
    void refusesFilesWithoutTheExpectedHeader() {
        assertFileError("ärendekod;månad;timmar\n" + A + ";2026-01;80\n", "absence.import.error.header");
        assertFileError(A + ";2026-01;80;0;0\n", "absence.import.error.header");
        assertFileError("", "absence.import.error.empty");
        assertFileError(SV_HEADER, "absence.import.error.no-rows");
    }

    @Test
    void refusesTooManyRowsAndTooLargeFiles() {
        StringBuilder big = new StringBuilder(SV_HEADER);
        for (int i = 0; i <= AbsenceCsvImport.MAX_ROWS; i++) {
            big.append(A).append(";2026-01;80;0;0\n");
        }
        assertFileError(big.toString(), "absence.import.error.too-many-rows");
        byte[] tooLarge = new byte[AbsenceCsvImport.MAX_BYTES + 1];
        assertThatThrownBy(() -> AbsenceCsvImport.parse(tooLarge)).isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("absence.import.error.too-large");
    }

    @Test
    void acceptsDecomposedUmlautsAndTrailingSeparatorInTheHeader() {
        String decomposed = java.text.Normalizer.normalize(SV_HEADER.strip(), java.text.Normalizer.Form.NFD) + ";\n";
        ImportPreview p = preview(decomposed + A + ";2026-01;80;0;0;\n");
        assertThat(p.rows().getFirst().valid()).isTrue();
    }

    @Test
    void everyRejectionHasATextInBothLanguages() throws Exception {
        for (String bundle : List.of("/vaadin-i18n/absence.properties", "/vaadin-i18n/absence_en.properties")) {
            var props = new java.util.Properties();
            try (var in = getClass().getResourceAsStream(bundle)) {
                props.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (Rejection r : Rejection.values()) {
                assertThat(props).as(bundle).containsKey(r.messageKey());
            }
        }
    }

    private static void assertFileError(String csv, String key) {
        assertThatThrownBy(() -> AbsenceCsvImport.parse(csv.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(BusinessException.class)
                .satisfies(e -> {
                    assertThat(((BusinessException) e).messageKey()).isEqualTo(key);
                    assertThat(((BusinessException) e).field()).isEqualTo("file");
                });
    }


    @Test
    void acceptsQuarterHours() {
        ImportPreview p = preview(SV_HEADER + A + ";2026-01;10,25;0,75;1.5\n");
        PreviewRow row = p.rows().getFirst();
        assertThat(row.valid()).isTrue();
        assertThat(row.hoursOffered()).isEqualByComparingTo("10.25");
        assertThat(row.unauthorised()).isEqualByComparingTo("0.75");
    }

    @Test
    void refusesMonthsAfterTheCurrentOne() {
        ImportPreview p = preview(SV_HEADER + A + ";2026-11;80;0;0\n" + A + ";2026-12;80;0;0\n");
        assertThat(p.rows().get(0).valid()).isTrue();
        assertThat(kinds(p.rows().get(1))).containsExactly(Rejection.MONTH_IN_FUTURE);
        assertThat(p.rows().get(1).reasons().getFirst().args()).containsExactly("2026-12", "2026-11");
    }
}
