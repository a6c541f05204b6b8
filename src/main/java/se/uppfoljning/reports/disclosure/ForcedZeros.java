package se.uppfoljning.reports.disclosure;

import java.util.ArrayList;
import java.util.List;

/**
 * Hidden zeros that a reader can prove to be zero because counts are never negative. Example: two rows whose
 * published cells leave their hidden cells summing to 0. Linear algebra alone misses this (over the reals a
 * hidden cell could be -1 and another +1), so the audit asks, for each hidden zero {@code k}: is there a direction
 * {@code d} with {@code A d = 0} (the relations still hold), {@code d_k = 1}, and {@code d_i >= 0} for every other
 * hidden zero (hidden positive cells may move a little either way)? If not, {@code k} is forced to 0. This is a
 * feasibility linear program, solved exactly with phase one of the simplex method and Bland's rule.
 *
 * <p>Before the linear program, relations that a hidden non-zero cell of their own can always satisfy are
 * dropped ({@link #presolve}); zeros left in no relation can rise freely, and the program for the rest is small.
 *
 * <p>Once the forced zeros are known, the feasible values of the other hidden cells span exactly the solutions
 * of the linear relations with those zeros fixed, so {@link Determinacy} on the remaining cells is then exact.
 */
final class ForcedZeros {

    private ForcedZeros() {
    }

    /**
     * @param unknown hidden cells the reader does not know
     * @param values true values (only the zero/non-zero pattern of hidden cells is used)
     * @return the unknown zero cells that no feasible table can make positive
     */
    static List<Integer> find(List<LinkedCounts.Relation> relations, boolean[] unknown, long[] values) {
        return find(relations, unknown, values, Rref.of(relations, unknown));
    }

    static List<Integer> find(List<LinkedCounts.Relation> relations, boolean[] unknown, long[] values, Rref rref) {
        List<Integer> zeros = new ArrayList<>();
        for (int i = 0; i < unknown.length; i++) {
            if (unknown[i] && values[i] == 0) {
                zeros.add(i);
            }
        }
        if (zeros.isEmpty()) {
            return List.of();
        }
        List<Integer> cells = new ArrayList<>();
        int[] column = new int[unknown.length];
        for (int i = 0; i < unknown.length; i++) {
            column[i] = -1;
            if (unknown[i]) {
                column[i] = cells.size();
                cells.add(i);
            }
        }
        List<long[]> rows = presolve(relationRows(relations, unknown, column, cells.size()), cells, values);
        int[] uses = new int[cells.size()];
        for (long[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                if (row[c] != 0) {
                    uses[c]++;
                }
            }
        }
        boolean[] canBePositive = new boolean[unknown.length];
        List<Integer> forced = new ArrayList<>();
        for (int k : zeros) {
            if (canBePositive[k] || uses[column[k]] == 0) {
                continue; // in no remaining relation: it can rise on its own
            }
            int[] direction;
            try {
                direction = LongSimplex.feasibleDirection(rows, cells, values, column[k]);
            } catch (ArithmeticException overflow) {
                direction = signs(feasibleDirection(rows, cells, values, column[k]));
            }
            if (direction == null) {
                forced.add(k);
            } else {
                for (int z : zeros) {
                    if (direction[column[z]] > 0) {
                        canBePositive[z] = true;
                    }
                }
            }
        }
        return forced;
    }

    /**
     * Drops every relation that has a hidden non-zero cell used by no other remaining relation: whatever the other
     * cells do, that cell can move to keep the relation true (a little, either way), so the relation constrains
     * nothing. Repeated until no such relation is left.
     */
    static List<long[]> presolve(List<long[]> rows, List<Integer> cells, long[] values) {
        int width = cells.size();
        int[] uses = new int[width];
        for (long[] row : rows) {
            for (int c = 0; c < width; c++) {
                if (row[c] != 0) {
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
                long[] row = rows.get(r);
                for (int c = 0; c < width; c++) {
                    if (row[c] != 0 && uses[c] == 1 && values[cells.get(c)] > 0) {
                        dropped[r] = true;
                        for (int k = 0; k < width; k++) {
                            if (row[k] != 0) {
                                uses[k]--;
                            }
                        }
                        changed = true;
                        break;
                    }
                }
            }
        }
        List<long[]> kept = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            if (!dropped[r]) {
                kept.add(rows.get(r));
            }
        }
        return kept;
    }

    private static int[] signs(Rational[] direction) {
        if (direction == null) {
            return null;
        }
        int[] s = new int[direction.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = direction[i].signum();
        }
        return s;
    }

    static List<long[]> relationRows(List<LinkedCounts.Relation> relations, boolean[] unknown, int[] column,
                                             int width) {
        List<long[]> rows = new ArrayList<>();
        for (LinkedCounts.Relation rel : relations) {
            long[] row = new long[width];
            boolean any = false;
            if (unknown[rel.total()]) {
                row[column[rel.total()]] += 1;
                any = true;
            }
            for (int p : rel.parts()) {
                if (unknown[p]) {
                    row[column[p]] -= 1;
                    any = true;
                }
            }
            if (any) {
                rows.add(row);
            }
        }
        return rows;
    }

    /**
     * Phase one of the simplex method for: rows . d = 0, d_k = 1, d_i >= 0 where cell i is zero, other d free
     * (split as p - q). Returns d, or null if infeasible.
     */
    static Rational[] feasibleDirection(List<long[]> rows, List<Integer> cells, long[] values, int k) {
        int u = cells.size();
        // variable layout: for each cell j: var plus[j]; for positive cells also var minus[j]
        int[] plus = new int[u];
        int[] minus = new int[u];
        int vars = 0;
        for (int j = 0; j < u; j++) {
            plus[j] = vars++;
            minus[j] = values[cells.get(j)] == 0 ? -1 : vars++;
        }
        int m = rows.size() + 1;
        int width = vars + m + 1; // variables, artificials, right-hand side
        Rational[][] t = new Rational[m][width];
        for (int r = 0; r < m; r++) {
            java.util.Arrays.fill(t[r], Rational.ZERO);
        }
        for (int r = 0; r < rows.size(); r++) {
            long[] row = rows.get(r);
            for (int j = 0; j < u; j++) {
                if (row[j] != 0) {
                    t[r][plus[j]] = Rational.of(row[j]);
                    if (minus[j] >= 0) {
                        t[r][minus[j]] = Rational.of(-row[j]);
                    }
                }
            }
        }
        t[m - 1][plus[k]] = Rational.ONE; // d_k = 1 (k is a zero cell: no minus part)
        t[m - 1][width - 1] = Rational.ONE;
        int[] basis = new int[m];
        for (int r = 0; r < m; r++) {
            t[r][vars + r] = Rational.ONE;
            basis[r] = vars + r;
        }
        // minimise the sum of the artificials: reduced cost of column j = -(sum of column j over rows)
        Rational[] cost = new Rational[width];
        for (int j = 0; j < width; j++) {
            Rational s = Rational.ZERO;
            if (j < vars || j == width - 1) {
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
            Rational best = null;
            for (int r = 0; r < m; r++) {
                if (t[r][enter].signum() > 0) {
                    Rational ratio = t[r][width - 1].divide(t[r][enter]);
                    int cmp = best == null ? -1 : ratio.compareTo(best);
                    if (cmp < 0 || cmp == 0 && basis[r] < basis[leave]) {
                        best = ratio;
                        leave = r;
                    }
                }
            }
            if (leave < 0) {
                break; // cannot happen in phase one (objective bounded below by 0)
            }
            pivot(t, cost, leave, enter);
            basis[leave] = enter;
        }
        if (cost[width - 1].signum() != 0) {
            return null; // artificials cannot all be driven to zero: infeasible
        }
        Rational[] value = new Rational[vars];
        java.util.Arrays.fill(value, Rational.ZERO);
        for (int r = 0; r < m; r++) {
            if (basis[r] < vars) {
                value[basis[r]] = t[r][width - 1];
            }
        }
        Rational[] d = new Rational[u];
        for (int j = 0; j < u; j++) {
            d[j] = minus[j] < 0 ? value[plus[j]] : value[plus[j]].subtract(value[minus[j]]);
        }
        return d;
    }

    private static void pivot(Rational[][] t, Rational[] cost, int row, int col) {
        Rational p = t[row][col];
        Rational[] pr = t[row];
        for (int j = 0; j < pr.length; j++) {
            pr[j] = pr[j].divide(p);
        }
        for (int r = 0; r < t.length; r++) {
            if (r != row && t[r][col].signum() != 0) {
                Rational f = t[r][col];
                for (int j = 0; j < pr.length; j++) {
                    if (pr[j].signum() != 0) {
                        t[r][j] = t[r][j].subtract(f.multiply(pr[j]));
                    }
                }
            }
        }
        if (cost[col].signum() != 0) {
            Rational f = cost[col];
            for (int j = 0; j < pr.length; j++) {
                if (pr[j].signum() != 0) {
                    cost[j] = cost[j].subtract(f.multiply(pr[j]));
                }
            }
        }
    }
}
