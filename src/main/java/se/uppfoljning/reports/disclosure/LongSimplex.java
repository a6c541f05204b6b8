package se.uppfoljning.reports.disclosure;

import java.util.List;

/**
 * The same exact phase-one simplex as {@link ForcedZeros#feasibleDirection}, on fractions of {@code long}s kept in
 * lowest terms: the relations have coefficients 0 and +-1, so the numbers stay small and this is many times faster
 * than {@link java.math.BigInteger}. Any overflow throws {@link ArithmeticException}; the caller then falls back to
 * the BigInteger version, so the answer is always exact.
 */
final class LongSimplex {

    private LongSimplex() {
    }

    /**
     * Is there a d with rows . d = 0, d_k = 1, d_i >= 0 for zero cells (others free)? Returns the signs of such a
     * d per column, or null if there is none.
     */
    static int[] feasibleDirection(List<long[]> rows, List<Integer> cells, long[] values, int k) {
        int u = cells.size();
        int[] plus = new int[u];
        int[] minus = new int[u];
        int vars = 0;
        for (int j = 0; j < u; j++) {
            plus[j] = vars++;
            minus[j] = values[cells.get(j)] == 0 ? -1 : vars++;
        }
        int m = rows.size() + 1;
        int width = vars + m + 1;
        int rhs = width - 1;
        long[][] num = new long[m][width];
        long[][] den = new long[m][width];
        for (long[] d : den) {
            java.util.Arrays.fill(d, 1);
        }
        for (int r = 0; r < rows.size(); r++) {
            long[] row = rows.get(r);
            for (int j = 0; j < u; j++) {
                if (row[j] != 0) {
                    num[r][plus[j]] = row[j];
                    if (minus[j] >= 0) {
                        num[r][minus[j]] = -row[j];
                    }
                }
            }
        }
        num[m - 1][plus[k]] = 1;
        num[m - 1][rhs] = 1;
        int[] basis = new int[m];
        for (int r = 0; r < m; r++) {
            num[r][vars + r] = 1;
            basis[r] = vars + r;
        }
        long[] costNum = new long[width];
        long[] costDen = new long[width];
        java.util.Arrays.fill(costDen, 1);
        for (int j = 0; j < width; j++) {
            if (j < vars || j == rhs) {
                long s = 0;
                for (int r = 0; r < m; r++) {
                    s = Math.addExact(s, num[r][j]); // all denominators are 1 here
                }
                costNum[j] = -s;
            }
        }
        while (true) {
            int enter = -1;
            for (int j = 0; j < vars + m; j++) {
                if (costNum[j] < 0) {
                    enter = j; // Bland: the lowest index
                    break;
                }
            }
            if (enter < 0) {
                break;
            }
            int leave = -1;
            long bestNum = 0;
            long bestDen = 1;
            for (int r = 0; r < m; r++) {
                if (num[r][enter] > 0) {
                    // ratio = rhs / a = (rn / rd) / (an / ad) = rn * ad / (rd * an)
                    long rn = Math.multiplyExact(num[r][rhs], den[r][enter]);
                    long rd = Math.multiplyExact(den[r][rhs], num[r][enter]);
                    int cmp = leave < 0 ? -1 : compare(rn, rd, bestNum, bestDen);
                    if (cmp < 0 || cmp == 0 && basis[r] < basis[leave]) {
                        bestNum = rn;
                        bestDen = rd;
                        leave = r;
                    }
                }
            }
            if (leave < 0) {
                break;
            }
            pivot(num, den, costNum, costDen, leave, enter);
            basis[leave] = enter;
        }
        if (costNum[rhs] != 0) {
            return null;
        }
        long[] valueNum = new long[vars];
        long[] valueDen = new long[vars];
        java.util.Arrays.fill(valueDen, 1);
        for (int r = 0; r < m; r++) {
            if (basis[r] < vars) {
                valueNum[basis[r]] = num[r][rhs];
                valueDen[basis[r]] = den[r][rhs];
            }
        }
        int[] signs = new int[u];
        for (int j = 0; j < u; j++) {
            if (minus[j] < 0) {
                signs[j] = Long.signum(valueNum[plus[j]]);
            } else {
                // sign of p/q - r/s with q, s > 0
                signs[j] = compare(valueNum[plus[j]], valueDen[plus[j]], valueNum[minus[j]], valueDen[minus[j]]);
            }
        }
        return signs;
    }

    private static void pivot(long[][] num, long[][] den, long[] costNum, long[] costDen, int row, int col) {
        long pn = num[row][col];
        long pd = den[row][col];
        long[] rn = num[row];
        long[] rd = den[row];
        for (int j = 0; j < rn.length; j++) {
            if (rn[j] != 0) {
                // (rn/rd) / (pn/pd) = rn * pd / (rd * pn)
                set(rn, rd, j, Math.multiplyExact(rn[j], pd), Math.multiplyExact(rd[j], pn));
            }
        }
        for (int r = 0; r < num.length; r++) {
            if (r != row && num[r][col] != 0) {
                eliminate(num[r], den[r], num[r][col], den[r][col], rn, rd);
            }
        }
        if (costNum[col] != 0) {
            eliminate(costNum, costDen, costNum[col], costDen[col], rn, rd);
        }
    }

    /** target -= (fn/fd) * source, entry by entry. */
    private static void eliminate(long[] tn, long[] td, long fn, long fd, long[] sn, long[] sd) {
        for (int j = 0; j < sn.length; j++) {
            if (sn[j] == 0) {
                continue;
            }
            // product = fn * sn / (fd * sd)
            long qn = Math.multiplyExact(fn, sn[j]);
            long qd = Math.multiplyExact(fd, sd[j]);
            // tn/td - qn/qd
            long n = Math.subtractExact(Math.multiplyExact(tn[j], qd), Math.multiplyExact(qn, td[j]));
            long d = Math.multiplyExact(td[j], qd);
            set(tn, td, j, n, d);
        }
    }

    private static void set(long[] n, long[] d, int j, long num, long den) {
        if (num == 0) {
            n[j] = 0;
            d[j] = 1;
            return;
        }
        if (den < 0) {
            num = Math.negateExact(num);
            den = Math.negateExact(den);
        }
        long g = gcd(Math.abs(num), den);
        n[j] = num / g;
        d[j] = den / g;
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    /** Compares a/b with c/d for positive b and d. */
    private static int compare(long a, long b, long c, long d) {
        return Long.compare(Math.multiplyExact(a, d), Math.multiplyExact(c, b));
    }
}
