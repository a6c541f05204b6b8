package se.uppfoljning.reports.disclosure;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Times {@link CellSuppression#suppress} (with its exact audit) on 2000 random linked tables like the report's:
 * schools x gender, grades x gender, projects. Not a unit test (surefire excludes *Benchmark.java); run it with
 * {@code ./mvnw -o test -Dtest=SuppressionAuditBenchmark -Dsurefire.failIfNoSpecifiedTests=false}. Figures go to
 * docs/performance.md. Each run times the tables twice: as before, and with the school totals marked as known to the
 * reader (the export lists each school's cases, issue #12), which adds the evaluator's audit.
 */
class SuppressionAuditBenchmark {

    @Test
    void suppressesTwoThousandLinkedTables() {
        for (int run = 0; run < 6; run++) {
            boolean known = run % 2 == 1;
            long start = System.nanoTime();
            long hidden = 0;
            Random random = new Random(7);
            for (int round = 0; round < 2000; round++) {
                int n = 5;
                int schools = 2 + random.nextInt(8);
                LinkedCounts counts = new LinkedCounts();
                long[][] bySchool = new long[schools][4];
                for (long[] row : bySchool) {
                    for (int g = 0; g < 4; g++) {
                        double u = random.nextDouble();
                        row[g] = u < 0.2 ? 0 : u < 0.5 ? 1 + random.nextInt(n - 1) : n + random.nextInt(20);
                    }
                }
                LinkedCounts.TwoWay s = counts.addTwoWay(bySchool);
                if (known) {
                    for (int total : s.rowTotals()) {
                        counts.knownToReader(total);
                    }
                }
                long[][] byGrade = new long[6][4];
                for (int g = 0; g < 4; g++) {
                    for (long k = counts.value(s.columnTotals()[g]); k > 0; k--) {
                        byGrade[random.nextInt(6)][g]++;
                    }
                }
                LinkedCounts.TwoWay gr = counts.addTwoWay(byGrade);
                for (int g = 0; g < 4; g++) {
                    counts.same(s.columnTotals()[g], gr.columnTotals()[g]);
                }
                hidden += CellSuppression.suppress(counts, n).hidden().cardinality();
            }
            System.out.printf("run %d%s: 2000 linked tables suppressed in %d ms (%d cells hidden)%n", run / 2,
                    known ? " (school totals known)" : "", (System.nanoTime() - start) / 1_000_000, hidden);
        }
    }
}
