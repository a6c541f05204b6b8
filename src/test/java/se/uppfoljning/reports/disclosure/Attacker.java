package se.uppfoljning.reports.disclosure;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * A reader who knows every published number and every additive relation between the cells and tries to
 * recompute hidden ones. Written independently of {@link Determinacy} and {@link ForcedZeros}: it compares
 * ranks instead of reading a reduced row, and it enumerates the non-negative integer solutions (which a real
 * reader could use too) instead of solving a linear program.
 */
final class Attacker {

    /** {@code total = sum of parts}, listed by the test itself (not taken from LinkedCounts). */
    record Equation(int total, int... parts) {
    }

    private final long[] values;
    private final BitSet hidden;
    private final List<Equation> equations;

    Attacker(long[] values, BitSet hidden, List<Equation> equations) {
        this.values = values;
        this.hidden = hidden;
        this.equations = equations;
    }

    /**
     * Hidden cells that the linear system (over the rationals) pins to one value, apart from cells of a category
     * published as empty (see {@link #inAnEmptyCategory}).
     */
    List<Integer> linearlyDetermined() {
        int[] unknowns = hidden.stream().toArray();
        List<BigInteger[]> system = new ArrayList<>();
        for (Equation e : equations) {
            BigInteger[] row = new BigInteger[unknowns.length];
            Arrays.fill(row, BigInteger.ZERO);
            boolean any = false;
            for (int k = 0; k < unknowns.length; k++) {
                int cell = unknowns[k];
                long coefficient = (cell == e.total() ? 1 : 0);
                for (int p : e.parts()) {
                    if (p == cell) {
                        coefficient--;
                    }
                }
                if (coefficient != 0) {
                    row[k] = BigInteger.valueOf(coefficient);
                    any = true;
                }
            }
            if (any) {
                system.add(row);
            }
        }
        int base = rank(system, unknowns.length);
        List<Integer> determined = new ArrayList<>();
        for (int k = 0; k < unknowns.length; k++) {
            List<BigInteger[]> extended = new ArrayList<>(system);
            BigInteger[] unit = new BigInteger[unknowns.length];
            Arrays.fill(unit, BigInteger.ZERO);
            unit[k] = BigInteger.ONE;
            extended.add(unit);
            if (rank(extended, unknowns.length) == base && !inAnEmptyCategory(unknowns[k])) {
                determined.add(unknowns[k]); // e_k is a combination of the equations
            }
        }
        return determined;
    }

    /**
     * Hidden cells that take a single value in every non-negative integer solution. The relations are brought
     * to echelon form over the hidden cells; the free cells are enumerated between 0 and their upper bound and
     * the others follow, a solution being kept when they are all non-negative integers. Returns null if that
     * takes more than {@code budget} combinations.
     */
    List<Integer> integerDetermined(long budget) {
        int[] unknowns = hidden.stream().toArray();
        int u = unknowns.length;
        if (u == 0) {
            return List.of();
        }
        List<BigFraction[]> rows = new ArrayList<>();
        for (Equation e : equations) {
            BigFraction[] row = new BigFraction[u + 1];
            Arrays.fill(row, BigFraction.ZERO);
            long rhs = 0;
            boolean any = false;
            if (hidden.get(e.total())) {
                any = true;
            } else {
                rhs -= values[e.total()];
            }
            for (int p : e.parts()) {
                if (!hidden.get(p)) {
                    rhs += values[p];
                } else {
                    any = true;
                }
            }
            if (!any) {
                continue;
            }
            for (int k = 0; k < u; k++) {
                long coefficient = unknowns[k] == e.total() ? 1 : 0;
                for (int p : e.parts()) {
                    if (p == unknowns[k]) {
                        coefficient--;
                    }
                }
                row[k] = BigFraction.of(coefficient);
            }
            row[u] = BigFraction.of(rhs);
            rows.add(row);
        }
        // Gauss-Jordan
        List<Integer> pivotCols = new ArrayList<>();
        int rank = 0;
        for (int c = 0; c < u && rank < rows.size(); c++) {
            int pivot = -1;
            for (int r = rank; r < rows.size(); r++) {
                if (rows.get(r)[c].signum() != 0) {
                    pivot = r;
                    break;
                }
            }
            if (pivot < 0) {
                continue;
            }
            BigFraction[] p = rows.remove(pivot);
            rows.add(rank, p);
            BigFraction lead = p[c];
            for (int k = 0; k <= u; k++) {
                p[k] = p[k].divide(lead);
            }
            for (int r = 0; r < rows.size(); r++) {
                BigFraction[] row = rows.get(r);
                if (r != rank && row[c].signum() != 0) {
                    BigFraction f = row[c];
                    for (int k = 0; k <= u; k++) {
                        row[k] = row[k].subtract(f.multiply(p[k]));
                    }
                }
            }
            pivotCols.add(c);
            rank++;
        }
        List<Integer> freeCols = new ArrayList<>();
        for (int c = 0; c < u; c++) {
            if (!pivotCols.contains(c)) {
                freeCols.add(c);
            }
        }
        // scale each reduced row to integers: D x_pivot = N0 - sum N_f y_f
        int f = freeCols.size();
        long[] den = new long[rank];
        long[] constant = new long[rank];
        long[][] coefficient = new long[rank][f];
        for (int r = 0; r < rank; r++) {
            BigFraction[] row = rows.get(r);
            java.math.BigInteger lcm = row[u].getDenominator().abs();
            for (int i = 0; i < f; i++) {
                java.math.BigInteger d = row[freeCols.get(i)].getDenominator().abs();
                lcm = lcm.divide(lcm.gcd(d)).multiply(d);
            }
            BigFraction scale = BigFraction.of(lcm);
            den[r] = lcm.longValueExact();
            constant[r] = whole(row[u].multiply(scale));
            for (int i = 0; i < f; i++) {
                coefficient[r][i] = whole(row[freeCols.get(i)].multiply(scale));
            }
        }
        long[] bounds = upperBounds();
        long[] upper = new long[f];
        long[] truth = new long[f];
        for (int i = 0; i < f; i++) {
            upper[i] = bounds[unknowns[freeCols.get(i)]];
            truth[i] = values[unknowns[freeCols.get(i)]];
        }
        long[] truthAll = new long[u];
        for (int k = 0; k < u; k++) {
            truthAll[k] = values[unknowns[k]];
        }
        boolean[] varies = new boolean[u];
        for (int k = 0; k < u; k++) {
            varies[k] = inAnEmptyCategory(unknowns[k]); // accepted by design, nothing to look for
        }
        long[] steps = {0};
        // Search near the true table first: alternatives usually change a few free cells by a little
        // (a cycle of +1/-1 through the hidden cells). Subsets of 1..3 free cells within 4 of the truth,
        // subsets of 4 within 1, then the whole box if it is small enough.
        int[][] plan = {{1, 4}, {2, 4}, {3, 4}, {4, 1}};
        for (int[] step : plan) {
            if (allTrue(varies) || step[0] > f) {
                break;
            }
            for (int[] subset : subsets(f, step[0])) {
                long[] lo = truth.clone();
                long[] hi = truth.clone();
                for (int i : subset) {
                    lo[i] = Math.max(0, truth[i] - step[1]);
                    hi[i] = Math.min(upper[i], truth[i] + step[1]);
                }
                enumerate(lo, hi, den, constant, coefficient, pivotCols, freeCols, truthAll, varies, steps);
                if (allTrue(varies) || steps[0] > budget) {
                    break;
                }
            }
        }
        if (!allTrue(varies)) {
            double box = 1;
            long[] lo = new long[f];
            for (int i = 0; i < f; i++) {
                box *= upper[i] + 1;
            }
            if (box + steps[0] > budget) {
                return null; // undecided
            }
            enumerate(lo, upper.clone(), den, constant, coefficient, pivotCols, freeCols, truthAll, varies, steps);
        }
        List<Integer> determined = new ArrayList<>();
        for (int k = 0; k < u; k++) {
            if (!varies[k]) {
                determined.add(unknowns[k]);
            }
        }
        return determined;
    }

    private static void enumerate(long[] lo, long[] hi, long[] den, long[] constant, long[][] coefficient,
                                  List<Integer> pivotCols, List<Integer> freeCols, long[] truth, boolean[] varies,
                                  long[] steps) {
        int f = lo.length;
        long[] y = lo.clone();
        while (true) {
            steps[0]++;
            boolean ok = true;
            long[] pivotValues = new long[den.length];
            for (int r = 0; r < den.length && ok; r++) {
                long v = constant[r];
                for (int i = 0; i < f; i++) {
                    v -= coefficient[r][i] * y[i];
                }
                if (v < 0 || v % den[r] != 0) {
                    ok = false;
                } else {
                    pivotValues[r] = v / den[r];
                }
            }
            if (ok) {
                for (int r = 0; r < den.length; r++) {
                    int k = pivotCols.get(r);
                    varies[k] |= pivotValues[r] != truth[k];
                }
                for (int i = 0; i < f; i++) {
                    int k = freeCols.get(i);
                    varies[k] |= y[i] != truth[k];
                }
                if (allTrue(varies)) {
                    return;
                }
            }
            int i = 0;
            while (i < f && y[i] == hi[i]) {
                y[i] = lo[i];
                i++;
            }
            if (i == f) {
                return;
            }
            y[i]++;
        }
    }

    private static List<int[]> subsets(int n, int size) {
        List<int[]> out = new ArrayList<>();
        int[] idx = new int[size];
        for (int i = 0; i < size; i++) {
            idx[i] = i;
        }
        while (size <= n) {
            out.add(idx.clone());
            int i = size - 1;
            while (i >= 0 && idx[i] == n - size + i) {
                i--;
            }
            if (i < 0) {
                break;
            }
            idx[i]++;
            for (int j = i + 1; j < size; j++) {
                idx[j] = idx[j - 1] + 1;
            }
        }
        return out;
    }

    private static boolean allTrue(boolean[] flags) {
        for (boolean b : flags) {
            if (!b) {
                return false;
            }
        }
        return true;
    }

    /**
     * Upper bound of every cell: its value if published; else the smallest bound of a total it is part of
     * (parts are non-negative), repeated until nothing changes; at most the grand total.
     */
    private long[] upperBounds() {
        long max = Arrays.stream(values).max().orElse(0);
        long[] bound = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            bound[i] = hidden.get(i) ? max : values[i];
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Equation e : equations) {
                for (int p : e.parts()) {
                    if (bound[e.total()] < bound[p]) {
                        bound[p] = bound[e.total()];
                        changed = true;
                    }
                }
                long partsBound = 0; // a total is at most the sum of its parts' bounds
                for (int p : e.parts()) {
                    partsBound += bound[p];
                }
                if (partsBound < bound[e.total()]) {
                    bound[e.total()] = partsBound;
                    changed = true;
                }
            }
        }
        return bound;
    }

    /**
     * By design an empty category is published as 0 (it says that nobody, anywhere, is in it), which also
     * tells the reader that each of its cells is 0, hidden or not. That is accepted, not a leak.
     */
    private boolean inAnEmptyCategory(int cell) {
        for (Equation e : equations) {
            if (!hidden.get(e.total()) && values[e.total()] == 0) {
                for (int p : e.parts()) {
                    if (p == cell) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static int rank(List<BigInteger[]> original, int columns) {
        List<BigInteger[]> rows = new ArrayList<>();
        for (BigInteger[] r : original) {
            rows.add(r.clone());
        }
        int rank = 0;
        for (int c = 0; c < columns; c++) {
            int pivot = -1;
            for (int r = rank; r < rows.size(); r++) {
                if (rows.get(r)[c].signum() != 0) {
                    pivot = r;
                    break;
                }
            }
            if (pivot < 0) {
                continue;
            }
            BigInteger[] p = rows.remove(pivot);
            rows.add(rank, p);
            for (int r = rank + 1; r < rows.size(); r++) {
                BigInteger[] row = rows.get(r);
                if (row[c].signum() != 0) {
                    BigInteger a = p[c];
                    BigInteger b = row[c];
                    for (int k = c; k < columns; k++) {
                        row[k] = row[k].multiply(a).subtract(p[k].multiply(b));
                    }
                }
            }
            rank++;
        }
        return rank;
    }

    /** An integral fraction as a long; BigFraction may keep the sign in the denominator. */
    private static long whole(BigFraction f) {
        return f.getNumerator().divide(f.getDenominator()).longValueExact();
    }
}
