package se.uppfoljning.reports.disclosure;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Which hidden cells a reader can still compute exactly from the published ones. The relations restricted to the
 * hidden cells form a linear system {@code A x = b} (b from published numbers). A hidden cell {@code x_j} is
 * determined exactly when the unit vector {@code e_j} lies in the row space of {@code A}: then some combination of
 * the relations isolates it. In reduced row echelon form that is a row whose only non-zero entry is in column j.
 * Exact integer arithmetic (rows kept primitive by their gcd), no rounding.
 */
final class Determinacy {

    private Determinacy() {
    }

    /** Returns the hidden cells (indices into the cell list) whose value follows from the published cells. */
    static List<Integer> determinedCells(List<LinkedCounts.Relation> relations, boolean[] hidden) {
        int n = hidden.length;
        int[] column = new int[n];
        List<Integer> unknowns = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            column[i] = hidden[i] ? unknowns.size() : -1;
            if (hidden[i]) {
                unknowns.add(i);
            }
        }
        int m = unknowns.size();
        if (m == 0) {
            return List.of();
        }
        List<BigInteger[]> rows = new ArrayList<>();
        for (LinkedCounts.Relation rel : relations) {
            BigInteger[] row = zeros(m);
            boolean any = false;
            if (hidden[rel.total()]) {
                row[column[rel.total()]] = row[column[rel.total()]].add(BigInteger.ONE);
                any = true;
            }
            for (int p : rel.parts()) {
                if (hidden[p]) {
                    row[column[p]] = row[column[p]].subtract(BigInteger.ONE);
                    any = true;
                }
            }
            if (any) {
                rows.add(row);
            }
        }
        int[] pivotColumnOfRow = reduce(rows, m);
        List<Integer> determined = new ArrayList<>();
        for (int r = 0; r < pivotColumnOfRow.length; r++) {
            int pc = pivotColumnOfRow[r];
            if (pc < 0) {
                continue;
            }
            BigInteger[] row = rows.get(r);
            boolean alone = true;
            for (int c = 0; c < m && alone; c++) {
                if (c != pc && row[c].signum() != 0) {
                    alone = false;
                }
            }
            if (alone) {
                determined.add(unknowns.get(pc));
            }
        }
        return determined;
    }

    /** Reduced row echelon form in place (up to row scaling); returns the pivot column of each leading row. */
    private static int[] reduce(List<BigInteger[]> rows, int m) {
        int rank = 0;
        List<Integer> pivots = new ArrayList<>();
        for (int c = 0; c < m && rank < rows.size(); c++) {
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
            BigInteger[] p = rows.get(pivot);
            rows.set(pivot, rows.get(rank));
            rows.set(rank, p);
            for (int r = 0; r < rows.size(); r++) {
                BigInteger[] row = rows.get(r);
                if (r == rank || row[c].signum() == 0) {
                    continue;
                }
                BigInteger a = p[c];
                BigInteger b = row[c];
                for (int k = 0; k < m; k++) {
                    row[k] = row[k].multiply(a).subtract(p[k].multiply(b));
                }
                primitive(row);
            }
            pivots.add(c);
            rank++;
        }
        return pivots.stream().mapToInt(Integer::intValue).toArray();
    }

    private static void primitive(BigInteger[] row) {
        BigInteger g = BigInteger.ZERO;
        for (BigInteger v : row) {
            g = g.gcd(v);
        }
        if (g.signum() != 0 && !g.equals(BigInteger.ONE)) {
            for (int k = 0; k < row.length; k++) {
                row[k] = row[k].divide(g);
            }
        }
    }

    private static BigInteger[] zeros(int m) {
        BigInteger[] row = new BigInteger[m];
        java.util.Arrays.fill(row, BigInteger.ZERO);
        return row;
    }
}
