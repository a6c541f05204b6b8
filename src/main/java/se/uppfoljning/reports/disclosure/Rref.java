package se.uppfoljning.reports.disclosure;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The relations restricted to the unknown (hidden, not known) cells, in reduced row echelon form, exact: integer
 * rows kept primitive by their gcd. Row {@code r} has its pivot in column {@code pivots[r]}; the other columns are
 * free, and each free column {@code f} gives a null-space vector (x_f = 1, x_pivot = -R[r][f] / R[r][pivot]):
 * a way to change the hidden cells that keeps every relation true.
 */
final class Rref {

    /** Unknown cells, in column order. */
    final int[] cells;
    /** Column of each cell, -1 if the cell is not unknown. */
    final int[] columnOf;
    final List<BigInteger[]> rows;
    final int[] pivots;
    /** Row whose pivot is this column, -1 for free columns. */
    final int[] rowOfPivot;

    private Rref(int[] cells, int[] columnOf, List<BigInteger[]> rows, int[] pivots) {
        this.cells = cells;
        this.columnOf = columnOf;
        this.rows = rows;
        this.pivots = pivots;
        this.rowOfPivot = new int[cells.length];
        Arrays.fill(rowOfPivot, -1);
        for (int r = 0; r < pivots.length; r++) {
            rowOfPivot[pivots[r]] = r;
        }
    }

    static Rref of(List<LinkedCounts.Relation> relations, boolean[] unknown) {
        int n = unknown.length;
        int[] columnOf = new int[n];
        List<Integer> cellList = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            columnOf[i] = unknown[i] ? cellList.size() : -1;
            if (unknown[i]) {
                cellList.add(i);
            }
        }
        int m = cellList.size();
        List<BigInteger[]> rows = new ArrayList<>();
        for (LinkedCounts.Relation rel : relations) {
            BigInteger[] row = null;
            if (unknown[rel.total()]) {
                row = zeros(m);
                row[columnOf[rel.total()]] = row[columnOf[rel.total()]].add(BigInteger.ONE);
            }
            for (int p : rel.parts()) {
                if (unknown[p]) {
                    if (row == null) {
                        row = zeros(m);
                    }
                    row[columnOf[p]] = row[columnOf[p]].subtract(BigInteger.ONE);
                }
            }
            if (row != null) {
                rows.add(row);
            }
        }
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
                    if (p[k].signum() != 0 || row[k].signum() != 0) {
                        row[k] = row[k].multiply(a).subtract(p[k].multiply(b));
                    }
                }
                primitive(row);
            }
            pivots.add(c);
            rank++;
        }
        int[] cells = cellList.stream().mapToInt(Integer::intValue).toArray();
        return new Rref(cells, columnOf, rows.subList(0, rank),
                pivots.stream().mapToInt(Integer::intValue).toArray());
    }

    /** True if the column is pinned: its row has no other non-zero entry (then the cell is determined). */
    boolean determined(int column) {
        int r = rowOfPivot[column];
        if (r < 0) {
            return false;
        }
        BigInteger[] row = rows.get(r);
        for (int c = 0; c < row.length; c++) {
            if (c != column && row[c].signum() != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The null-space vector of free column {@code f}, scaled to integers: entry f is the lcm-free product of
     * pivot coefficients (positive), pivots get -R[r][f] times the matching factor. Returned as signs only is not
     * enough for sums, so integer entries are returned.
     */
    BigInteger[] nullVector(int f) {
        BigInteger scale = BigInteger.ONE;
        for (int r = 0; r < pivots.length; r++) {
            BigInteger[] row = rows.get(r);
            if (row[f].signum() != 0) {
                scale = lcm(scale, row[pivots[r]].abs());
            }
        }
        BigInteger[] v = zeros(cells.length);
        v[f] = scale;
        for (int r = 0; r < pivots.length; r++) {
            BigInteger[] row = rows.get(r);
            if (row[f].signum() != 0) {
                // row[p] * x_p + row[f] * x_f = 0  =>  x_p = -row[f] * scale / row[p]
                v[pivots[r]] = row[f].negate().multiply(scale).divide(row[pivots[r]]);
            }
        }
        return v;
    }

    private static BigInteger lcm(BigInteger a, BigInteger b) {
        return a.divide(a.gcd(b)).multiply(b);
    }

    private static void primitive(BigInteger[] row) {
        BigInteger g = BigInteger.ZERO;
        for (BigInteger v : row) {
            if (v.signum() != 0) {
                g = g.gcd(v);
                if (g.equals(BigInteger.ONE)) {
                    return;
                }
            }
        }
        if (g.signum() != 0) {
            for (int k = 0; k < row.length; k++) {
                row[k] = row[k].divide(g);
            }
        }
    }

    static BigInteger[] zeros(int m) {
        BigInteger[] row = new BigInteger[m];
        Arrays.fill(row, BigInteger.ZERO);
        return row;
    }
}
