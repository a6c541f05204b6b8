package se.uppfoljning.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.uppfoljning.enquiries.Wave;
import se.uppfoljning.reports.EvaluationReport.Table;

/** Issue #12, correctness examples 5 and 6: each figure checked against a calculation written out here. */
class ReportCorrectnessTest {

    private static final Locale SV = Locale.forLanguageTag("sv");

    static ReportScope scope(LocalDate from, LocalDate to) {
        return new ReportScope("Testprogram", List.of("P1"), List.of(), List.of(), from, to, SV,
                LocalDate.of(2026, 11, 24));
    }

    static CaseRow girl(long id, String school) {
        return new CaseRow(id, SmallInput.code((int) id), "P1", "D1", school, 7, CaseRow.Gender.GIRL,
                CaseRow.Status.ACTIVE, null, null, null, null, LocalDate.of(2025, 9, 1), null);
    }

    /**
     * #12.5: changes of +10, +10, +10, -10, -10 and +5 points computed from hours (70 h offered). Equal in hours,
     * so equal in the test: |changes| 5 (rank 1) and five tied 10s (rank 4 each); W+ = 1 + 3 * 4 = 13; ties, so
     * the normal approximation with tie and continuity correction: var = 6*7*13/24 - (5^3 - 5)/48 = 20.25,
     * z = (13 - 10.5 - 0.5) / 4.5, p = 0.657.
     */
    @Test
    void attendanceChangesThatAreEqualInHoursTieInTheWilcoxonTest() {
        // each +-10 from different hours: in floating point they come out as 9.999999999999979, 9.999999999999986,
        // 10.000000000000007, 10.000000000000014 and 9.999999999999996 and would not tie
        double[][] hours = {{30.8, 23.8}, {65.1, 58.1}, {35.7, 28.7}, {16.8, 23.8}, {42.0, 49.0}, {30.8, 27.3}};
        List<CaseRow> cases = new ArrayList<>();
        List<AbsenceRow> absence = new ArrayList<>();
        for (int i = 0; i < hours.length; i++) {
            cases.add(girl(i + 1, "Skolan"));
            absence.add(AbsenceRow.ofHours(i + 1, YearMonth.of(2025, 9), 70, hours[i][0], 0));
            absence.add(AbsenceRow.ofHours(i + 1, YearMonth.of(2026, 2), 70, hours[i][1], 0));
        }
        // N = 2: with N = 5 the report hides W, p and r, since W = 13 fits only 4 increases and so gives away the
        // 2 decreases (PairedChanges, #12); this test is about the arithmetic
        EvaluationReport report = new EvaluationReportBuilder().build(ReportInput.builder(
                scope(LocalDate.of(2025, 8, 1), LocalDate.of(2026, 7, 31))).minCellSize(2).cases(cases)
                .absence(absence).build());
        Table t = report.table("attendance/paired");
        assertThat(t.cell("W", 1).value()).isEqualTo(13.0);
        double z = (13 - 10.5 - 0.5) / 4.5;
        double p = 2 * (1 - org.apache.commons.statistics.distribution.NormalDistribution.of(0, 1)
                .cumulativeProbability(z));
        assertThat(t.cell("p", 1).value()).isCloseTo(p, within(1e-9)).isCloseTo(0.657, within(5e-4));
        assertThat(t.cell("Metod", 1).text()).isNotEqualTo("exakt");
    }

    /** #12.6: a period wholly inside 2025/26 is divided by the target groups of 2025/26 only (60, not 115). */
    @Test
    void reachUsesOnlyTheTargetGroupsOfTheSchoolYearsThePeriodOverlaps() {
        List<CaseRow> cases = new ArrayList<>();
        for (int i = 1; i <= 23; i++) {
            cases.add(girl(i, i <= 12 ? "Ana" : "Bea"));
        }
        EvaluationReport report = new EvaluationReportBuilder().build(ReportInput.builder(
                        scope(LocalDate.of(2025, 8, 1), LocalDate.of(2026, 7, 31))).cases(cases)
                .targetGroups(List.of(new TargetGroupRow("Ana", "2025/26", 30), new TargetGroupRow("Bea", "2025/26", 30),
                        new TargetGroupRow("Ana", "2026/27", 25), new TargetGroupRow("Bea", "2026/27", 30)))
                .build());
        Table t = report.table("reach/coverage");
        assertThat(t.cell("Totalt", 1).value()).isEqualTo(60.0);
        assertThat(t.cell("Totalt", 3).value()).isCloseTo(100.0 * 23 / 60, within(1e-9));
        assertThat(t.header().get(1)).contains("2025/26").doesNotContain("2026/27");
    }

    /**
     * #12.8: problematic absence is unauthorised hours / hours offered, as on the absence screen: 15 unauthorised
     * and 10 authorised hours of 100 reach 10 and 15 % but not 20 %, and the column header says so.
     */
    @Test
    void problematicAbsenceCountsUnauthorisedHoursOnlyAndSaysSoInTheHeader() {
        List<CaseRow> cases = new ArrayList<>();
        List<AbsenceRow> absence = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            cases.add(girl(i, "Skolan"));
            absence.add(AbsenceRow.ofHours(i, YearMonth.of(2025, 9), 100, 15, 10));
        }
        EvaluationReport report = new EvaluationReportBuilder().build(ReportInput.builder(
                scope(LocalDate.of(2025, 8, 1), LocalDate.of(2026, 7, 31))).cases(cases).absence(absence).build());
        Table t = report.table("attendance/monthly");
        assertThat(t.header()).contains("Ogiltig frånvaro minst 20 %");
        assertThat(t.rows().getFirst().cells().get(3).value()).isEqualTo(100.0);
        assertThat(t.rows().getFirst().cells().get(5).value()).as("20 %: not reached").isEqualTo(0.0);
        assertThat(report.section(EvaluationReport.SectionId.METHOD).blocks().toString())
                .contains("Problematisk frånvaro = ogiltig frånvaro (timmar) / erbjuden undervisning (timmar)");
    }

    /** #12.7: a report ending 2026-02-28 leaves out END answers and free text submitted on 2026-06-10. */
    @Test
    void answersAndFreeTextSubmittedAfterThePeriodAreLeftOut() {
        List<CaseRow> cases = new ArrayList<>();
        List<AnswerRow> answers = new ArrayList<>();
        LocalDate march = LocalDate.of(2025, 10, 1);
        LocalDate june = LocalDate.of(2026, 6, 10);
        for (int i = 1; i <= 8; i++) {
            cases.add(girl(i, "Skolan"));
            answers.add(new AnswerRow(i, Wave.START, "trivsel", "3", false, march));
            answers.add(new AnswerRow(i, Wave.END, "trivsel", "5", false, june));
            answers.add(new AnswerRow(i, Wave.END, "berattelse", "Sent svar nummer " + i, true, june));
        }
        ReportInput input = ReportInput.builder(scope(LocalDate.of(2025, 8, 1), LocalDate.of(2026, 2, 28)))
                .cases(cases).answers(answers)
                .enquiryItems(List.of(new ItemDefinition("trivsel", ItemKind.LIKERT, java.util.Map.of("sv", "Trivsel"),
                                1, 5, List.of()),
                        new ItemDefinition("berattelse", ItemKind.TEXT, java.util.Map.of("sv", "Berätta"), null, null,
                                List.of())))
                .build();
        EvaluationReport report = new EvaluationReportBuilder().build(input);
        Table t = report.table("enquiries/item/trivsel");
        assertThat(t.cell("Svarande", 1).value()).isEqualTo(8.0);
        assertThat(t.cell("Svarande", 3).value()).as("END answers from June are outside the period").isEqualTo(0.0);
        assertThat(EvaluationReportBuilderTest.allTexts(report)).noneMatch(x -> x.contains("Sent svar"));
        assertThat(new String(new ReportExportWriter().answersCsv(input), java.nio.charset.StandardCharsets.UTF_8))
                .doesNotContain("Sent svar").doesNotContain("END");
    }
}
