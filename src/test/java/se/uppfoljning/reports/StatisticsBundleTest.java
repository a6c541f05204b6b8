package se.uppfoljning.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.uppfoljning.base.BusinessException;
import se.uppfoljning.reports.export.StatisticsBundle;

class StatisticsBundleTest {

    private static final Locale SV = Locale.forLanguageTag("sv");

    private static List<NamedCsvRecord> read(byte[] csv) {
        assertThat(csv[0]).as("no byte order mark").isEqualTo((byte) 'c');
        return CsvReader.builder().ofNamedCsvRecord(new String(csv, StandardCharsets.UTF_8)).stream().toList();
    }

    private static NamedCsvRecord caseRow(List<NamedCsvRecord> rows, String code, String wave) {
        return rows.stream().filter(r -> r.getField("case_code").equals(code)
                && (wave == null || r.getField("wave").equals(wave))).findFirst().orElseThrow();
    }

    @Test
    void holdsTheDataInLongAndWideLayoutsAndTheThreeSyntaxes() {
        Map<String, byte[]> files = StatisticsBundle.files(SmallInput.build(SV));
        assertThat(files).containsOnlyKeys("answers_long.csv", "answers_wide.csv", "ratings_long.csv",
                "ratings_wide.csv", "read.R", "read.sps", "read.do");
        List<NamedCsvRecord> wide = read(files.get("answers_wide.csv"));
        assertThat(wide.getFirst().getHeader()).startsWith("case_code", "project", "school", "trivsel_start",
                "trivsel_end", "elevhalsa_start", "elevhalsa_end");
        assertThat(wide.stream().map(r -> r.getField("case_code")).distinct()).hasSameSizeAs(wide);
        NamedCsvRecord case1 = caseRow(wide, "K001-TEST", null);
        assertThat(case1.getField("trivsel_start")).isEqualTo("3");
        assertThat(case1.getField("trivsel_end")).isEqualTo("4");
        assertThat(case1.getField("elevhalsa_start")).as("yes is coded 1").isEqualTo("1");
        assertThat(read(files.get("ratings_wide.csv")).getFirst().getHeader()).containsExactly("case_code",
                "project", "school", "motivation_start", "motivation_end");
    }

    @Test
    void codesDontKnowAsAUserMissingValueDeclaredInEverySyntax() {
        Map<String, byte[]> files = StatisticsBundle.files(SmallInput.build(SV));
        assertThat(caseRow(read(files.get("answers_long.csv")), "K005-TEST", "START").getField("trivsel"))
                .isEqualTo("-9");
        assertThat(text(files, "read.sps")).contains("MISSING VALUES trivsel (-9).")
                .contains("VARIABLE LEVEL").contains("trivsel (ORDINAL)").contains("elevhalsa (NOMINAL)");
        assertThat(text(files, "read.do")).contains("mvdecode trivsel, mv(-9 = .a)")
                .contains("char trivsel[measure] ordinal");
        assertThat(text(files, "read.R")).contains("missing = c(-9)");
    }

    @Test
    void labelsComeFromTheTemplatesInTheReportLanguage() {
        String sv = text(StatisticsBundle.files(SmallInput.build(SV)), "read.sps");
        String en = text(StatisticsBundle.files(SmallInput.build(Locale.ENGLISH)), "read.sps");
        assertThat(sv).contains("trivsel 'Mitt barn trivs i skolan'").contains("1 'Ja'").contains("-9 'vet inte'");
        assertThat(en).contains("trivsel 'My child enjoys school'").contains("1 'Yes'")
                .doesNotContain("Mitt barn trivs");
    }

    @Test
    void leavesOutFreeTextThatMayNotBeQuoted() {
        Map<String, byte[]> files = StatisticsBundle.files(SmallInput.build(SV));
        files.forEach((name, bytes) -> assertThat(new String(bytes, StandardCharsets.UTF_8)).as(name)
                .doesNotContain("Hemligt").doesNotContain("Pelle"));
        assertThat(text(files, "answers_long.csv")).as("line breaks in free text become spaces")
                .contains("Tack, det hjälpte \"\"verkligen\"\"! Nu går hon till skolan.");
    }

    @Test
    void refusesAScopeWithoutDataInsteadOfWritingEmptyFiles() {
        ReportInput base = SmallInput.build(SV);
        ReportInput empty = ReportInput.builder(base.scope()).cases(base.cases()).enquiryItems(base.enquiryItems())
                .ratingItems(base.ratingItems()).build();
        assertThatThrownBy(() -> StatisticsBundle.files(empty)).isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("reports.export.error.no-data");
    }

    private static String text(Map<String, byte[]> files, String name) {
        return new String(files.get(name), StandardCharsets.UTF_8);
    }
}
