package se.uppfoljning.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.uppfoljning.reports.EvaluationReport.Cell;
import se.uppfoljning.reports.EvaluationReport.SectionId;
import se.uppfoljning.reports.EvaluationReport.Table;

/** Checks the report's numbers on {@link SmallInput} against calculations written out here. */
class EvaluationReportBuilderTest {

    private static final Locale SV = Locale.forLanguageTag("sv");
    private static EvaluationReport report;

    @BeforeAll
    static void build() {
        report = new EvaluationReportBuilder().build(SmallInput.build(SV));
    }

    @Test
    void hasEverySectionInReadingOrder() {
        assertThat(report.sections()).extracting(EvaluationReport.Section::id).containsExactly(SectionId.SUMMARY,
                SectionId.METHOD, SectionId.REACH, SectionId.COMPLETION, SectionId.ATTENDANCE, SectionId.OUTCOMES,
                SectionId.ENQUIRIES, SectionId.PUPILS, SectionId.RATINGS, SectionId.FOCUS_GROUPS,
                SectionId.COMPARISON);
        // the most specific single name of the scope: two projects but one district
        assertThat(report.fileName()).isEqualTo("uppfoljning-rapport_distrikt-ett_2026-11-24.pdf");
    }

    @Test
    void countsCasesBySchoolAndGenderAndHidesSmallCells() {
        Table t = report.table("reach/gender");
        // Alfa: girls 8, boys 6; Beta: girls 4, boys 5, not stated 1
        assertThat(t.cell(SmallInput.ALFA, 5).value()).isEqualTo(14.0);
        assertThat(t.cell(SmallInput.BETA, 5).value()).isEqualTo(10.0);
        assertThat(t.cell("Totalt", 5).value()).isEqualTo(24.0);
        assertThat(t.cell(SmallInput.BETA, 1).suppressed()).as("4 girls").isTrue();
        assertThat(t.cell(SmallInput.BETA, 4).suppressed()).as("1 not stated").isTrue();
        assertThat(t.cell(SmallInput.ALFA, 1).suppressed()).as("protects Beta's girls in the column").isTrue();
        assertThat(t.cell("Totalt", 3).value()).as("nobody in Other: an empty category is published").isZero();
        assertThat(t.notes()).anyMatch(n -> n.startsWith("– = visas inte: färre än 5 fall"));
    }

    @Test
    void hidesSmallTargetGroupsAndTheCoverageThatWouldRevealThem() {
        Table t = report.table("reach/coverage");
        assertThat(t.cell(SmallInput.BETA, 1).suppressed()).as("target group of 4").isTrue();
        assertThat(t.cell(SmallInput.ALFA, 1).suppressed()).as("complement in the total").isTrue();
        assertThat(t.cell(SmallInput.BETA, 3).suppressed()).isTrue();
        assertThat(t.cell("Totalt", 1).value()).isEqualTo(34.0);
        assertThat(t.cell("Totalt", 3).value()).isCloseTo(100.0 * 24 / 34, within(1e-9));
    }

    @Test
    void countsStatusAndHidesTheSmallDropoutsWithAComplement() {
        Table t = report.table("completion/status");
        // active 6, completed 15, dropped out 3 (moved 2, family declined 1)
        assertThat(t.cell("Avbrutna i förtid", 1).suppressed()).isTrue();
        assertThat(t.cell("Pågående", 1).suppressed()).as("else 24 - 15 - 6 gives the dropouts").isTrue();
        // #12.2: the goals table's total is the ended cases (completed + dropped out): with both 15 and 18 printed
        // the dropouts would follow, so one of them is hidden as well
        assertThat(t.cell("Avslutade enligt plan", 1).suppressed()
                || report.table("outcomes/goals").cell("Totalt", 1).suppressed()).isTrue();
        assertThat(t.cell("Totalt", 1).value()).isEqualTo(24.0);
        // the completion rate would give the hidden counts away (ended = total - active): not shown
        assertThat(paragraphs(SectionId.COMPLETION)).anyMatch(p -> p.startsWith("Andelen fullföljda ärenden visas inte"));
    }

    @Test
    void monthlyAttendanceMatchesAPlainCalculation() {
        Table t = report.table("attendance/monthly");
        for (int m = 0; m < 4; m++) {
            double[] shares = new double[12];
            for (int i = 1; i <= 12; i++) {
                double d = i <= 9 ? 0.5 * i : -0.5 * i;
                shares[i - 1] = (20 + i - d * m) / 100;
            }
            Arrays.sort(shares);
            double median = (shares[5] + shares[6]) / 2;
            String month = SmallInput.FIRST.plusMonths(m).toString();
            assertThat(t.cell(month, 1).value()).isEqualTo(12.0);
            assertThat(t.cell(month, 2).value()).as(month).isCloseTo((1 - median) * 100, within(1e-9));
            for (int k = 0; k < 3; k++) {
                double limit = new double[] {0.10, 0.15, 0.20}[k];
                long over = Arrays.stream(shares).filter(s -> s >= limit - 1e-12).count();
                if (over > 0 && over < 5 || 12 - over > 0 && 12 - over < 5) {
                    // #12.1: a share of 12 printed next to 12 would give a count below 5 away
                    assertThat(t.cell(month, 3 + k).suppressed()).as("%s %d", month, k).isTrue();
                } else {
                    assertThat(t.cell(month, 3 + k).value()).isCloseTo(100.0 * over / 12, within(1e-9));
                }
            }
        }
    }

    @Test
    void firstToLastMonthUsesAnExactWilcoxonTestOnTwelvePairs() {
        Table t = report.table("attendance/paired");
        assertThat(t.cell("Elever (par)", 1).value()).isEqualTo(12.0);
        // first month attendance 1 - (20 + i) / 100: median of 0.79 .. 0.68 = 0.735
        assertThat(t.cell("Närvaro första månaden, median", 1).value()).isCloseTo(73.5, within(1e-9));
        // changes -18, -16.5, -15, 1.5, 3, 4.5, 6, ... 13.5: median of the 6th and 7th = (4.5 + 6) / 2
        assertThat(t.cell("Förändring, median (procentenheter)", 1).value()).isCloseTo(5.25, within(1e-9));
        assertThat(t.cell("Förändring, median (procentenheter)", 1).text()).isEqualTo("+5,3");
        assertThat(t.cell("W", 1).value()).isEqualTo(45.0); // ranks 1..9 are the increases
        assertThat(t.cell("p", 1).value()).isCloseTo(exactTwoSidedP(12, 45), within(1e-12));
        assertThat(t.cell("Metod", 1).text()).isEqualTo("exakt");
    }

    @Test
    void outcomesAndCostMatchAPlainCalculation() {
        Table goals = report.table("outcomes/goals");
        // ended: all met 8, most met 7, few met 3 (hidden), so the smallest other (7) is hidden too
        assertThat(goals.cell("Alla kunskapskrav nådda", 1).value()).isEqualTo(8.0);
        assertThat(goals.cell("Få kunskapskrav nådda", 1).suppressed()).isTrue();
        assertThat(goals.cell("De flesta kunskapskrav nådda", 1).suppressed()).isTrue();
        Table eligibility = report.table("outcomes/eligibility");
        // grade 9: ids 3, 6, 9, 15, 18 completed (eligible), 21 dropped out (not), 12 and 24 active (not known);
        // the total is grade 9's total in the reach table, so the unknown row keeps the two linked
        assertThat(eligibility.cell("Ja", 1).value()).isEqualTo(5.0);
        assertThat(eligibility.cell("Nej", 1).suppressed()).isTrue();
        assertThat(eligibility.cell("Totalt", 1).value()).isEqualTo(8.0)
                .isEqualTo(report.table("reach/grade").cell("Årskurs 9", 5).value());
        Table cost = report.table("outcomes/cost");
        // ids 1..20 cost id * 1000
        assertThat(cost.cell("Ärenden med kostnad", 1).value()).isEqualTo(20.0);
        assertThat(cost.cell("Total kostnad", 1).value()).isEqualTo(210_000.0);
        assertThat(cost.cell("Medelvärde per ärende", 1).value()).isEqualTo(10_500.0);
        assertThat(cost.cell("Median per ärende", 1).value()).isEqualTo(10_500.0);
        assertThat(cost.cell("Total kostnad", 1).text()).isEqualTo("210\u00a0000\u00a0kr");
        Table bySchool = report.table("outcomes/by-school");
        // Alfa: 11 ended, all assessed, 9 all or most met >= 10, but 82 % of 11 gives the 2 others away (#12.1)
        assertThat(bySchool.cell(SmallInput.ALFA, 1).suppressed()).isTrue();
        assertThat(bySchool.cell(SmallInput.BETA, 1).suppressed()).isTrue();
    }

    @Test
    void responseRatesLeaveRevokedInvitationsOut() {
        Table t = report.table("enquiries/response");
        assertThat(t.cell("START", 1).value()).isEqualTo(23.0);
        // #12.1: 19 of 23 would say that 4 did not answer
        assertThat(t.cell("START", 2).suppressed()).isTrue();
        assertThat(t.cell("SLUT", 1).value()).isEqualTo(18.0);
        assertThat(t.cell("SLUT", 2).value()).isCloseTo(100.0 * 13 / 18, within(1e-9));
    }

    @Test
    void distributionLeavesDontKnowOut() {
        Table t = report.table("enquiries/item/trivsel");
        assertThat(t.cell("2", 1).value()).isEqualTo(7.0);
        assertThat(t.cell("3", 1).value()).isEqualTo(6.0);
        assertThat(t.cell("4", 1).value()).isEqualTo(5.0);
        assertThat(t.cell("Svarande", 1).value()).isEqualTo(18.0);
        assertThat(t.cell("1", 1).value()).isZero();
    }

    @Test
    void pairedLikertTestUsesOnlyCasesWithAnswersAtBothWaves() {
        Table t = report.table("enquiries/wilcoxon");
        Cell pairs = t.cell("Mitt barn trivs i skolan", 1);
        // START and END answered: 1-9 and 15-18, minus case 5 ("don't know" at START)
        assertThat(pairs.value()).isEqualTo(12.0);
        // sorted changes -1, -1, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2: median of the 6th and 7th = 1
        assertThat(t.cell("Mitt barn trivs i skolan", 2).value()).isEqualTo(1.0);
        // 3 unchanged pairs: W and p depend on the 9 changed ones and would give the 3 away (the test's arithmetic
        // is checked in PairedWilcoxonTest)
        for (int c = 3; c <= 6; c++) {
            assertThat(t.cell("Mitt barn trivs i skolan", c).suppressed()).isTrue();
        }
    }

    @Test
    void mcnemarHidesPWhenADiscordantOrUnchangedCountIsSmall() {
        Table t = report.table("enquiries/mcnemar");
        assertThat(t.cell("Kontakt med elevhälsan?", 1).value()).isEqualTo(13.0);
        // b = 5, c = 7, unchanged 1 (case 1, yes -> yes): p is a function of b and c, so it is hidden with them
        for (int c = 2; c <= 4; c++) {
            assertThat(t.cell("Kontakt med elevhälsan?", c).suppressed()).isTrue();
        }
    }

    @Test
    void ratingsPerTimepoint() {
        Table t = report.table("ratings/trajectory");
        List<EvaluationReport.Row> rows = t.rows();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).cells().get(1).text()).isEqualTo("START");
        assertThat(rows.get(0).cells().get(3).value()).isCloseTo(3.0, within(1e-12)); // 2,3,4,5,1 twice
        assertThat(rows.get(0).cells().get(4).value()).isEqualTo(3.0);
        assertThat(rows.get(1).cells().get(1).text()).isEqualTo("3 månader");
        assertThat(rows.get(1).cells().get(2).suppressed()).as("4 ratings").isTrue();
        assertThat(rows.get(1).cells().get(3).suppressed()).isTrue();
        assertThat(rows.get(2).cells().get(3).value()).isCloseTo(25.0 / 6, within(1e-12));
        assertThat(rows.get(2).cells().get(4).value()).isEqualTo(4.0);
    }

    @Test
    void quotesOnlyWhatIsQuotableAndAllowedFreeText() {
        List<String> texts = allTexts(report);
        assertThat(texts).anyMatch(s -> s.contains(SmallInput.QUOTABLE));
        // #12.3: only 2 answered the free-text question at START: their words are not quoted
        assertThat(texts).noneMatch(s -> s.contains("verkligen"));
        assertThat(texts).anyMatch(s -> s.startsWith("Fritextsvar återges inte"));
        assertThat(texts).noneMatch(s -> s.contains("Pelle"));
        assertThat(texts).noneMatch(s -> s.contains("Hemligt"));
        assertThat(texts).noneMatch(s -> s.contains("K001-TEST"));
    }

    @Test
    void comparisonPrintsNoRateThatGivesASmallCountAway() {
        Table t = report.table("comparison");
        assertThat(t.cell("Projekt P1", 1).value()).isEqualTo(14.0);
        // END response Alfa 9 of 11, Beta 4 of 7: 2 and 3 non-respondents (#12.1)
        assertThat(t.cell(SmallInput.ALFA, 2).suppressed()).isTrue();
        assertThat(t.cell(SmallInput.BETA, 2).suppressed()).isTrue();
        assertThat(t.cell(SmallInput.ALFA, 3).value()).isCloseTo(5.25, within(1e-9));
        assertThat(t.cell(SmallInput.BETA, 3).text()).as("no absence data").isEmpty();
        // completion Alfa 9 of 11 (2 dropped out), P2 6 of 7 (1 dropped out): hidden like the counts (#12.2)
        assertThat(t.cell(SmallInput.ALFA, 4).suppressed()).isTrue();
        assertThat(t.cell(SmallInput.BETA, 4).suppressed()).isTrue();
        assertThat(t.cell("Projekt P2", 4).suppressed()).isTrue();
    }

    @Test
    void noPublishedCountIsBelowTheMinimum() {
        for (Table t : report.tables()) {
            for (int c = 1; c < t.header().size(); c++) {
                String h = t.header().get(c);
                boolean countColumn = h.equals("Antal") || h.endsWith("antal") || h.equals("Elevärenden")
                        || t.id().startsWith("reach/");
                if (!countColumn) {
                    continue;
                }
                for (EvaluationReport.Row r : t.rows()) {
                    Double v = r.cells().get(c).value();
                    assertThat(v == null || v == 0 || v >= 5).as("%s %s %s", t.id(), h, v).isTrue();
                }
            }
        }
    }

    @Test
    void writesEnglishWhenAsked() {
        EvaluationReport en = new EvaluationReportBuilder().build(SmallInput.build(Locale.ENGLISH));
        assertThat(en.title()).isEqualTo("Evaluation report");
        assertThat(en.section(SectionId.REACH).heading()).isEqualTo("Reach");
        assertThat(en.table("completion/status").cell("Total", 1).value()).isEqualTo(24.0);
        assertThat(en.table("outcomes/cost").cell("Total cost", 1).text()).isEqualTo("SEK 210,000");
    }

    private static List<String> paragraphs(SectionId id) {
        return report.section(id).blocks().stream().filter(b -> b instanceof EvaluationReport.Paragraph)
                .map(b -> ((EvaluationReport.Paragraph) b).text()).toList();
    }

    static List<String> allTexts(EvaluationReport r) {
        List<String> texts = new ArrayList<>(r.scopeLines());
        for (EvaluationReport.Section s : r.sections()) {
            texts.add(s.heading());
            for (EvaluationReport.Block b : s.blocks()) {
                switch (b) {
                    case EvaluationReport.Paragraph p -> texts.add(p.text());
                    case EvaluationReport.Subheading h -> texts.add(h.text());
                    case EvaluationReport.Bullets l -> texts.addAll(l.items());
                    case EvaluationReport.Quote q -> {
                        texts.add(q.text());
                        texts.add(q.attribution());
                    }
                    case EvaluationReport.Chart c -> {
                        texts.add(c.title());
                        texts.add(c.textAlternative());
                        texts.addAll(c.categories());
                    }
                    case EvaluationReport.Table t -> {
                        texts.add(t.caption());
                        texts.addAll(t.header());
                        texts.addAll(t.notes());
                        t.rows().forEach(row -> row.cells().forEach(cell -> texts.add(cell.text())));
                    }
                }
            }
        }
        return texts;
    }

    /** Two-sided exact p of W+ by enumerating all 2^n sign assignments of the ranks 1..n. */
    private static double exactTwoSidedP(int n, double wPlus) {
        double mean = n * (n + 1) / 4.0;
        long extreme = 0;
        for (long mask = 0; mask < (1L << n); mask++) {
            int w = 0;
            for (int rank = 1; rank <= n; rank++) {
                if ((mask & (1L << (rank - 1))) != 0) {
                    w += rank;
                }
            }
            if (Math.abs(w - mean) >= Math.abs(wPlus - mean) - 1e-9) {
                extreme++;
            }
        }
        return Math.min(1.0, (double) extreme / (1L << n));
    }
}
