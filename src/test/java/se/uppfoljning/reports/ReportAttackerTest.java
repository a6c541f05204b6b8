package se.uppfoljning.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import se.uppfoljning.reports.EvaluationReport.Cell;
import se.uppfoljning.reports.EvaluationReport.Table;

/**
 * An independent reader of whole reports (issue #12): for random programmes it takes every printed number that
 * depends on the status counts (the status table's counts and shares, the goals table's total, the completion rate
 * of the comparison table, the response and absence shares with their bases) and enumerates every table of
 * hidden counts consistent with all of them, rounding included. A small count (1 to N-1) must never be pinned to
 * one value, and a printed share must never pin its small numerator or complement. Both languages print the
 * same numbers. It knows nothing of the suppression code: only the printed report.
 */
class ReportAttackerTest {

    private static final int N = 5;

    @Test
    void noSmallStatusCountCanBePinnedFromTheWholeReport() {
        Random random = new Random(12);
        int attacked = 0;
        for (int round = 0; round < 300; round++) {
            int total = 6 + random.nextInt(30);
            int[] status = new int[3]; // active, completed, dropped out
            List<CaseRow> cases = new ArrayList<>();
            for (int id = 1; id <= total; id++) {
                int s = random.nextDouble() < 0.15 ? 2 : random.nextDouble() < 0.45 ? 0 : 1;
                status[s]++;
                CaseRow.Status st = CaseRow.Status.values()[s];
                cases.add(new CaseRow(id, SmallInput.code(id), "P1", "D1", id % 3 == 0 ? "Bea" : "Ana", 7,
                        id % 2 == 0 ? CaseRow.Gender.GIRL : CaseRow.Gender.BOY, st, null,
                        st == CaseRow.Status.ACTIVE ? null : CaseRow.KnowledgeGoals.ALL_MET, null, null,
                        LocalDate.of(2025, 9, 1), st == CaseRow.Status.ACTIVE ? null : LocalDate.of(2026, 5, 1)));
            }
            ReportInput input = ReportInput.builder(new ReportScope("Program", List.of("P1"), List.of(), List.of(),
                    LocalDate.of(2025, 8, 1), LocalDate.of(2026, 7, 31), Locale.forLanguageTag("sv"),
                    LocalDate.of(2026, 11, 24))).cases(cases).build();
            EvaluationReport sv = new EvaluationReportBuilder().build(input);
            EvaluationReport en = new EvaluationReportBuilder().build(ReportInput.builder(new ReportScope("Program",
                    List.of("P1"), List.of(), List.of(), LocalDate.of(2025, 8, 1), LocalDate.of(2026, 7, 31),
                    Locale.ENGLISH, LocalDate.of(2026, 11, 24))).cases(cases).build());
            assertThat(numbers(en)).as("round %d: same numbers in both languages", round).isEqualTo(numbers(sv));

            Table st = sv.table("completion/status");
            Table goals = sv.table("outcomes/goals");
            Table comparison = sv.table("comparison");
            Cell[] count = {st.rows().get(0).cells().get(1), st.rows().get(1).cells().get(1),
                    st.rows().get(2).cells().get(1)};
            Cell[] share = {st.rows().get(0).cells().get(2), st.rows().get(1).cells().get(2),
                    st.rows().get(2).cells().get(2)};
            Cell printedTotal = st.rows().getLast().cells().get(1);
            Cell ended = goals.rows().getLast().cells().get(1);
            Cell completionRate = comparison.header().size() > 4 ? comparison.rows().getFirst().cells().get(4) : null;
            List<int[]> consistent = new ArrayList<>();
            int maxTotal = printedTotal.value() != null ? printedTotal.value().intValue() : 200;
            for (int t = printedTotal.value() != null ? maxTotal : 0; t <= maxTotal; t++) {
                for (int a = 0; a <= t; a++) {
                    for (int c = 0; a + c <= t; c++) {
                        int[] guess = {a, c, t - a - c};
                        if (fits(guess, t, count, share, ended, completionRate)) {
                            consistent.add(guess);
                        }
                    }
                }
            }
            assertThat(consistent).as("round %d: the truth fits", round)
                    .anySatisfy(g -> assertThat(g).containsExactly(status));
            for (int k = 0; k < 3; k++) {
                if (status[k] > 0 && status[k] < N) {
                    int kk = k;
                    attacked++;
                    assertThat(consistent.stream().mapToInt(g -> g[kk]).distinct().count())
                            .as("round %d: status %d = %d pinned; status %s", round, k, status[k],
                                    java.util.Arrays.toString(status)).isGreaterThan(1);
                }
            }
        }
        assertThat(attacked).isGreaterThan(100);
    }

    private static boolean fits(int[] g, int total, Cell[] count, Cell[] share, Cell ended, Cell completionRate) {
        for (int k = 0; k < 3; k++) {
            if (count[k].value() != null && count[k].value() != g[k]) {
                return false;
            }
            if (share[k].value() != null && Math.round(100.0 * g[k] / total) != Math.round(share[k].value())) {
                return false;
            }
        }
        if (ended.value() != null && ended.value() != g[1] + g[2]) {
            return false;
        }
        if (completionRate != null && completionRate.value() != null) {
            return g[1] + g[2] > 0
                    && Math.round(100.0 * g[1] / (g[1] + g[2])) == Math.round(completionRate.value());
        }
        return true;
    }

    private static List<Double> numbers(EvaluationReport r) {
        List<Double> out = new ArrayList<>();
        for (Table t : r.tables()) {
            t.rows().forEach(row -> row.cells().forEach(c -> out.add(c.value())));
        }
        return out;
    }
}
