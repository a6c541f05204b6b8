package se.uppfoljning.reports.disclosure;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * Hidden zeros that a reader can prove to be zero because counts are never negative. Example: two rows whose
 * published cells leave their hidden cells summing to 0. Linear algebra alone misses this (over the reals a
 * hidden cell could be -1 and another +1), so the audit asks, for each hidden zero {@code k}: is there a direction
 * {@code d} with {@code A d = 0} (the relations still hold), {@code d_k = 1}, and {@code d_i >= 0} for every other
 * hidden zero (hidden positive cells may move a little either way)? If not, {@code k} is forced to 0. This is a
 * feasibility linear program, solved exactly with phase one of the simplex method and Bland's rule, in
 * {@link BigFraction}s (commons-numbers-fraction). The one solver of the audit.
 *
 * <p>{@code A} is the reduced row echelon form of the relations ({@link Rref}): the same solutions, fewer rows.
 * Before the linear program, rows that a hidden non-zero cell of their own can always satisfy are dropped
 * ({@link #presolve}); zeros left in no row can rise freely, and the program for the rest is small.
 *
 * <p>Once the forced zeros are known, the feasible values of the other hidden cells span exactly the solutions
 * of the linear relations with those zeros fixed, so {@link Determinacy} on the remaining cells is then exact.
 */
final class ForcedZeros {

    private ForcedZeros() {
    }

    /**
     * @param rref the relations restricted to the unknown (hidden, not known) cells
     * @param values true values of all cells (only the zero/non-zero pattern of unknown cells is used)
     * @return the unknown zero cells (cell indices) that no feasible table can make positive
     */
    static List<Integer> find(Rref rref, long[] values) {
        int[] cells = rref.cells;
        boolean[] positive = new boolean[cells.length];
        boolean anyZero = false;
        for (int c = 0; c < cells.length; c++) {
            positive[c] = values[cells[c]] != 0;
            anyZero |= !positive[c];
        }
        if (!anyZero) {
            return List.of();
        }
        List<BigInteger[]> rows = presolve(rref.rows, positive);
        int[] uses = new int[cells.length];
        for (BigInteger[] row : rows) {
            for (int c = 0; c < cells.length; c++) {
                if (row[c].signum() != 0) {
                    uses[c]++;
                }
            }
        }
        boolean[] canBePositive = new boolean[cells.length];
        List<Integer> forced = new ArrayList<>();
        for (int k = 0; k < cells.length; k++) {
            if (positive[k] || canBePositive[k] || uses[k] == 0) {
                continue; // in no remaining row: it can rise on its own
            }
            BigFraction[] direction = feasibleDirection(rows, positive, k);
            if (direction == null) {
                forced.add(cells[k]);
            } else {
                for (int z = 0; z < cells.length; z++) {
                    if (!positive[z] && direction[z].signum() > 0) {
                        canBePositive[z] = true;
                    }
                }
            }
        }
        return forced;
    }

    /**
     * Drops every row that has a hidden non-zero cell used by no other remaining row: whatever the other cells
     * do, that cell can move to keep the row true (a little, either way), so the row constrains nothing. Repeated
     * until no such row is left. In echelon form every pivot appears in one row only, so a row whose pivot is
     * non-zero goes at once.
     */
    static List<BigInteger[]> presolve(List<BigInteger[]> rows, boolean[] positive) {
        int width = positive.length;
        int[] uses = new int[width];
        for (BigInteger[] row : rows) {
            for (int c = 0; c < width; c++) {
                if (row[c].signum() != 0) {
                    uses[c]++;
                }
            }
        }
        boolean[] dropped = new boolean[rows.size()];
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int r = 0; r < rows.size(); r++) {
                if (dropped[r]) {
                    continue;
                }
                BigInteger[] row = rows.get(r);
                for (int c = 0; c < width; c++) {
                    if (row[c].signum() != 0 && uses[c] == 1 && positive[c]) {
                        dropped[r] = true;
                        for (int k = 0; k < width; k++) {
                            if (row[k].signum() != 0) {
                                uses[k]--;
                            }
                        }
                        changed = true;
                        break;
                    }
                }
            }
        }
        List<BigInteger[]> kept = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            if (!dropped[r]) {
                kept.add(rows.get(r));
            }
        }
        return kept;
    }

    /**
     * Phase one of the simplex method for: rows . d = 0, d_k = 1, d_i >= 0 where cell i is zero, other d free
     * (split as p - q). Returns d per column, or null if infeasible.
     */
    static BigFraction[] feasibleDirection(List<BigInteger[]> rows, boolean[] positive, int k) {
        int u = positive.length;
        int[] plus = new int[u];
        int[] minus = new int[u];
        int vars = 0;
        for (int j = 0; j < u; j++) {
            plus[j] = vars++;
            minus[j] = positive[j] ? vars++ : -1;
        }
        int m = rows.size() + 1;
        int width = vars + m + 1; // variables, artificials, right-hand side
        int rhs = width - 1;
        BigFraction[][] t = new BigFraction[m][width];
        for (BigFraction[] row : t) {
            Arrays.fill(row, BigFraction.ZERO);
        }
        for (int r = 0; r < rows.size(); r++) {
            BigInteger[] row = rows.get(r);
            for (int j = 0; j < u; j++) {
                if (row[j].signum() != 0) {
                    t[r][plus[j]] = BigFraction.of(row[j]);
                    if (minus[j] >= 0) {
                        t[r][minus[j]] = BigFraction.of(row[j].negate());
                    }
                }
            }
        }
        t[m - 1][plus[k]] = BigFraction.ONE; // d_k = 1 (k is a zero cell: no minus part)
        t[m - 1][rhs] = BigFraction.ONE;
        int[] basis = new int[m];
        for (int r = 0; r < m; r++) {
            t[r][vars + r] = BigFraction.ONE;
            basis[r] = vars + r;
        }
        // minimise the sum of the artificials: reduced cost of column j = -(sum of column j over rows)
        BigFraction[] cost = new BigFraction[width];
        for (int j = 0; j < width; j++) {
            BigFraction s = BigFraction.ZERO;
            if (j < vars || j == rhs) {
                for (int r = 0; r < m; r++) {
                    s = s.add(t[r][j]);
                }
            }
            cost[j] = s.negate();
        }
        while (true) {
            int enter = -1;
            for (int j = 0; j < vars + m; j++) {
                if (cost[j].signum() < 0) {
                    enter = j; // Bland: the lowest index
                    break;
                }
            }
            if (enter < 0) {
                break;
            }
            int leave = -1;
            BigFraction best = null;
            for (int r = 0; r < m; r++) {
                if (t[r][enter].signum() > 0) {
                    BigFraction ratio = t[r][rhs].divide(t[r][enter]);
                    int cmp = best == null ? -1 : ratio.compareTo(best);
                    if (cmp < 0 || cmp == 0 && basis[r] < basis[leave]) {
                        best = ratio;
                        leave = r;
                    }
                }
            }
            if (leave < 0) {
                throw new IllegalStateException("Phase one is bounded below by 0: no leaving row cannot happen");
            }
            pivot(t, cost, leave, enter);
            basis[leave] = enter;
        }
        if (cost[rhs].signum() != 0) {
            return null; // artificials cannot all be driven to zero: infeasible
        }
        BigFraction[] value = new BigFraction[vars];
        Arrays.fill(value, BigFraction.ZERO);
        for (int r = 0; r < m; r++) {
            if (basis[r] < vars) {
                value[basis[r]] = t[r][rhs];
            }
        }
        BigFraction[] d = new BigFraction[u];
        for (int j = 0; j < u; j++) {
            d[j] = minus[j] < 0 ? value[plus[j]] : value[plus[j]].subtract(value[minus[j]]);
        }
        return d;
    }

    private static void pivot(BigFraction[][] t, BigFraction[] cost, int row, int col) {
        BigFraction p = t[row][col];
        BigFraction[] pr = t[row];
        for (int j = 0; j < pr.length; j++) {
            if (pr[j].signum() != 0) {
                pr[j] = pr[j].divide(p);
            }
        }
        for (int r = 0; r < t.length; r++) {
            if (r != row && t[r][col].signum() != 0) {
                BigFraction f = t[r][col];
                for (int j = 0; j < pr.length; j++) {
                    if (pr[j].signum() != 0) {
                        t[r][j] = t[r][j].subtract(f.multiply(pr[j]));
                    }
                }
            }
        }
        if (cost[col].signum() != 0) {
            BigFraction f = cost[col];
            for (int j = 0; j < pr.length; j++) {
                if (pr[j].signum() != 0) {
                    cost[j] = cost[j].subtract(f.multiply(pr[j]));
                }
            }
        }
    }
}
