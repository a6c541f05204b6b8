package se.uppfoljning.reports.disclosure;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The relations restricted to the unknown (hidden, not known) cells, in reduced row echelon form, exact: integer
 * rows kept primitive by their gcd. Row {@code r} has its pivot in column {@code pivots[r]}; the other columns are
 * free: a cell with a free column can change (with the pivots following) and every relation stays true.
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
