package se.uppfoljning.reports.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Proves on many random tables that no hidden number can be recomputed from the published ones: the reader's
 * equations are written out here from each table's shape, and {@link Attacker} checks them exactly (rank over the
 * rationals) and, for tables small enough to search, over the non-negative integers as well.
 */
class NoRecomputationTest {

    private static final int[] MIN_SIZES = {3, 5, 10};

    @Test
    void oneWayTablesWithTotals() {
        Random random = new Random(1);
        for (int round = 0; round < 1500; round++) {
            int n = MIN_SIZES[round % MIN_SIZES.length];
            long[] parts = new long[1 + random.nextInt(7)];
            for (int i = 0; i < parts.length; i++) {
                parts[i] = randomCount(random, n);
            }
            LinkedCounts counts = new LinkedCounts();
            LinkedCounts.OneWay t = counts.addOneWay(parts);
            CellSuppression.Result r = CellSuppression.suppress(counts, n);
            assertPrimaryRule(counts, r, n);
            CellSuppressionTest.assertNoLineWithASingleHiddenCell(counts, r);
            Attacker attacker = new Attacker(values(counts), r.hidden(),
                    List.of(new Attacker.Equation(t.total(), t.parts())));
            assertThat(attacker.linearlyDetermined()).as("round %d", round).isEmpty();
            assertThat(attacker.integerDetermined(2_000_000)).as("round %d", round).isNotNull().isEmpty();
        }
    }

    @Test
    void twoWayTablesWithRowAndColumnTotals() {
        Random random = new Random(2);
        int searched = 0;
        int rounds = 3000;
        for (int round = 0; round < rounds; round++) {
            int n = MIN_SIZES[round % MIN_SIZES.length];
            int rows = 1 + random.nextInt(6);
            int cols = 1 + random.nextInt(5);
            long[][] table = new long[rows][cols];
            for (long[] row : table) {
                for (int c = 0; c < cols; c++) {
                    row[c] = randomCount(random, n);
                }
            }
            LinkedCounts counts = new LinkedCounts();
            LinkedCounts.TwoWay t = counts.addTwoWay(table);
            CellSuppression.Result r = CellSuppression.suppress(counts, n);
            assertPrimaryRule(counts, r, n);
            CellSuppressionTest.assertNoLineWithASingleHiddenCell(counts, r);
            Attacker attacker = CellSuppressionTest.attacker(counts, t, r.hidden());
            assertThat(attacker.linearlyDetermined()).as("round %d", round).isEmpty();
            List<Integer> integer = attacker.integerDetermined(2_000_000);
            if (integer != null) {
                searched++;
                assertThat(integer).as("round %d n=%d table=%s hidden=%s", round, n,
                        java.util.Arrays.deepToString(table), r.hidden()).isEmpty();
            }
        }
        assertThat(searched).as("tables searched over the integers").isGreaterThan(rounds * 9 / 10);
    }

    @Test
    void linkedTablesSchoolsByGenderGradesByGenderAndProjects() {
        Random random = new Random(3);
        int searched = 0;
        for (int round = 0; round < 1000; round++) {
            int n = MIN_SIZES[round % MIN_SIZES.length];
            Linked linked = linked(random, n, false);
            LinkedCounts counts = linked.counts();
            CellSuppression.Result r = CellSuppression.suppress(counts, n);
            assertPrimaryRule(counts, r, n);
            CellSuppressionTest.assertNoLineWithASingleHiddenCell(counts, r);
            Attacker attacker = new Attacker(values(counts), r.hidden(), linked.equations());
            assertThat(attacker.linearlyDetermined()).as("round %d", round).isEmpty();
            List<Integer> integer = attacker.integerDetermined(2_000_000);
            if (integer != null) {
                searched++;
                assertThat(integer).as("round %d", round).isEmpty();
            }
        }
        assertThat(searched).as("linked tables searched over the integers").isGreaterThan(500);
    }

    /**
     * Issue #12: the evaluator knows each school's number of cases from the export. Suppression with the school
     * totals marked as known must leave the evaluator (who reads them as published) nothing to recompute beyond
     * what the school totals give him with no printed number at all, and must leave the public reader nothing.
     */
    @Test
    void linkedTablesWithSchoolTotalsKnownToTheEvaluator() {
        Random random = new Random(4);
        int searched = 0;
        for (int round = 0; round < 600; round++) {
            int n = MIN_SIZES[round % MIN_SIZES.length];
            Linked linked = linked(random, n, true);
            LinkedCounts counts = linked.counts();
            CellSuppression.Result r = CellSuppression.suppress(counts, n);
            assertPrimaryRule(counts, r, n);
            long[] values = values(counts);
            assertThat(new Attacker(values, r.hidden(), linked.equations()).linearlyDetermined())
                    .as("public reader, round %d", round).isEmpty();
            BitSet forEvaluator = (BitSet) r.hidden().clone();
            forEvaluator.andNot(linked.schoolTotals());
            // what the school totals and the categories printed as empty give alone: every other cell unknown
            BitSet allButKnown = new BitSet();
            allButKnown.set(0, counts.size());
            allButKnown.andNot(linked.schoolTotals());
            for (Attacker.Equation e : linked.equations()) {
                if (!r.isHidden(e.total()) && values[e.total()] == 0) {
                    allButKnown.clear(e.total());
                    for (int part : e.parts()) {
                        allButKnown.clear(part);
                    }
                }
            }
            List<Integer> anyway = new Attacker(values, allButKnown, linked.equations()).linearlyDetermined();
            Attacker evaluator = new Attacker(values, forEvaluator, linked.equations());
            assertThat(evaluator.linearlyDetermined()).as("evaluator, round %d", round)
                    .allMatch(anyway::contains);
            List<Integer> integer = evaluator.integerDetermined(2_000_000);
            if (integer != null) {
                searched++;
                if (!anyway.containsAll(integer)) { // the search over every other cell is costly: only when needed
                    List<Integer> integerAnyway = new Attacker(values, allButKnown, linked.equations())
                            .integerDetermined(20_000_000);
                    assertThat(integerAnyway).as("round %d: searched", round).isNotNull();
                    assertThat(integer).as("evaluator over the integers, round %d", round)
                            .allMatch(integerAnyway::contains);
                }
            }
        }
        assertThat(searched).as("linked tables searched over the integers").isGreaterThan(300);
    }

    /** Schools x gender, grades x gender and two projects, linked; the equations written out by the test. */
    private record Linked(LinkedCounts counts, List<Attacker.Equation> equations, BitSet schoolTotals) {
    }

    private static Linked linked(Random random, int n, boolean schoolTotalsKnown) {
        int schools = 2 + random.nextInt(5);
        int grades = 1 + random.nextInt(4);
        long[][] bySchool = new long[schools][3];
        for (long[] row : bySchool) {
            for (int g = 0; g < 3; g++) {
                row[g] = randomCount(random, n);
            }
        }
        // grades x gender with the same gender totals: spread each gender's total over the grades
        long[][] byGrade = new long[grades][3];
        for (int g = 0; g < 3; g++) {
            long total = 0;
            for (long[] row : bySchool) {
                total += row[g];
            }
            for (long k = 0; k < total; k++) {
                byGrade[random.nextInt(grades)][g]++;
            }
        }
        LinkedCounts counts = new LinkedCounts();
        LinkedCounts.TwoWay s = counts.addTwoWay(bySchool);
        LinkedCounts.TwoWay g = counts.addTwoWay(byGrade);
        List<Attacker.Equation> equations = new ArrayList<>(twoWayEquations(s));
        equations.addAll(twoWayEquations(g));
        for (int k = 0; k < 3; k++) {
            counts.same(s.columnTotals()[k], g.columnTotals()[k]);
            equations.add(new Attacker.Equation(s.columnTotals()[k], g.columnTotals()[k]));
        }
        // projects: the first half of the schools is project A, the rest project B
        int split = schools / 2;
        long a = 0;
        long b = 0;
        int[] aParts = new int[split];
        int[] bParts = new int[schools - split];
        for (int i = 0; i < schools; i++) {
            long v = counts.value(s.rowTotals()[i]);
            if (i < split) {
                a += v;
                aParts[i] = s.rowTotals()[i];
            } else {
                b += v;
                bParts[i - split] = s.rowTotals()[i];
            }
        }
        int projectA = counts.add(a);
        int projectB = counts.add(b);
        if (split > 0) {
            counts.relation(projectA, aParts);
            equations.add(new Attacker.Equation(projectA, aParts));
        }
        counts.relation(projectB, bParts);
        equations.add(new Attacker.Equation(projectB, bParts));
        counts.relation(s.grandTotal(), projectA, projectB);
        equations.add(new Attacker.Equation(s.grandTotal(), projectA, projectB));

        BitSet schoolTotals = new BitSet();
        for (int total : s.rowTotals()) {
            schoolTotals.set(total);
            if (schoolTotalsKnown) {
                counts.knownToReader(total);
            }
        }
        return new Linked(counts, equations, schoolTotals);
    }

    /** Many small counts and zeros, so that suppression patterns get complicated. */
    private static long randomCount(Random random, int n) {
        double u = random.nextDouble();
        if (u < 0.15) {
            return 0;
        }
        if (u < 0.5) {
            return 1 + random.nextInt(n - 1);
        }
        return n + random.nextInt(3 * n);
    }

    private static void assertPrimaryRule(LinkedCounts counts, CellSuppression.Result r, int n) {
        for (int i = 0; i < counts.size(); i++) {
            long v = counts.value(i);
            if (v > 0 && v < n) {
                assertThat(r.isHidden(i)).as("small cell %d = %d", i, v).isTrue();
            }
        }
        for (LinkedCounts.Relation rel : counts.relations()) {
            long total = counts.value(rel.total());
            if (total > 0 && total < n) {
                for (int m : rel.members()) {
                    assertThat(r.isHidden(m)).as("member of a small total").isTrue();
                }
            }
        }
    }

    private static List<Attacker.Equation> twoWayEquations(LinkedCounts.TwoWay t) {
        List<Attacker.Equation> equations = new ArrayList<>();
        int rows = t.cells().length;
        for (int r = 0; r < rows; r++) {
            equations.add(new Attacker.Equation(t.rowTotals()[r], t.cells()[r]));
        }
        for (int c = 0; c < t.columnTotals().length; c++) {
            int[] column = new int[rows];
            for (int r = 0; r < rows; r++) {
                column[r] = t.cells()[r][c];
            }
            equations.add(new Attacker.Equation(t.columnTotals()[c], column));
        }
        equations.add(new Attacker.Equation(t.grandTotal(), t.rowTotals()));
        equations.add(new Attacker.Equation(t.grandTotal(), t.columnTotals()));
        return equations;
    }

    private static long[] values(LinkedCounts counts) {
        long[] v = new long[counts.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = counts.value(i);
        }
        return v;
    }
}
