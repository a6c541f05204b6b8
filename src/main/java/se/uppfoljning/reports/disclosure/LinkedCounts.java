package se.uppfoljning.reports.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Counts that will be published together, and the additive relations between them that a reader can use to
 * recompute one from the others: a total and its parts ({@code total = sum of parts}), the margins of a two-way
 * table, a project total and its schools, or the same number shown in two tables ({@link #same}). Everything
 * that can be linked must be in one instance, otherwise a cell hidden in one table could be recomputed from
 * another. Not thread-safe; build, then pass to {@link CellSuppression#suppress}.
 */
public final class LinkedCounts {

    /** {@code total = sum of parts}; a relation is a linear equation the reader knows. */
    public record Relation(int total, int[] parts) {

        /** The total and the parts: every cell of the equation. */
        public int[] members() {
            int[] m = Arrays.copyOf(parts, parts.length + 1);
            m[parts.length] = total;
            return m;
        }
    }

    /** Indices of a one-way table: its parts and their total. */
    public record OneWay(int[] parts, int total) {
    }

    /** Indices of a two-way table with row totals, column totals and the grand total. */
    public record TwoWay(int[][] cells, int[] rowTotals, int[] columnTotals, int grandTotal) {
    }

    private long[] values = new long[32];
    private int size;
    private final List<Relation> relations = new ArrayList<>();
    private final BitSet knownToReader = new BitSet();

    /** Adds a published count and returns its index. */
    public int add(long value) {
        if (value < 0) {
            throw new IllegalArgumentException("Counts cannot be negative: " + value);
        }
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size] = value;
        return size++;
    }

    /** Records that {@code total} is the sum of {@code parts}; the caller guarantees the arithmetic. */
    public void relation(int total, int... parts) {
        long sum = 0;
        for (int p : parts) {
            check(p);
            sum += values[p];
        }
        check(total);
        if (sum != values[total]) {
            throw new IllegalArgumentException("Total " + values[total] + " is not the sum of its parts " + sum);
        }
        relations.add(new Relation(total, parts.clone()));
    }

    /** Records that two cells show the same number (e.g. a school's case count in two tables). */
    public void same(int a, int b) {
        relation(a, b);
    }

    /** Adds parts and their total, related. */
    public OneWay addOneWay(long... parts) {
        int[] idx = new int[parts.length];
        long sum = 0;
        for (int i = 0; i < parts.length; i++) {
            idx[i] = add(parts[i]);
            sum += parts[i];
        }
        int total = add(sum);
        relation(total, idx);
        return new OneWay(idx, total);
    }

    /** Adds a rows x columns table with its row totals, column totals and grand total, all related. */
    public TwoWay addTwoWay(long[][] counts) {
        int rows = counts.length;
        int cols = rows == 0 ? 0 : counts[0].length;
        int[][] cells = new int[rows][cols];
        int[] rowTotals = new int[rows];
        int[] colTotals = new int[cols];
        long grand = 0;
        long[] colSums = new long[cols];
        for (int r = 0; r < rows; r++) {
            if (counts[r].length != cols) {
                throw new IllegalArgumentException("Ragged table");
            }
            long rowSum = 0;
            for (int c = 0; c < cols; c++) {
                cells[r][c] = add(counts[r][c]);
                rowSum += counts[r][c];
                colSums[c] += counts[r][c];
            }
            rowTotals[r] = add(rowSum);
            relation(rowTotals[r], cells[r]);
            grand += rowSum;
        }
        for (int c = 0; c < cols; c++) {
            colTotals[c] = add(colSums[c]);
            int[] column = new int[rows];
            for (int r = 0; r < rows; r++) {
                column[r] = cells[r][c];
            }
            relation(colTotals[c], column);
        }
        int grandTotal = add(grand);
        relation(grandTotal, rowTotals);
        relation(grandTotal, colTotals);
        return new TwoWay(cells, rowTotals, colTotals, grandTotal);
    }

    /**
     * Marks a count that a reader of the report has from another product anyway, whether the report prints it or
     * not: e.g. a school's number of cases, which the holder of the export can count (issue #12). The audit of
     * {@link CellSuppression} treats it as published for that reader; the primary rule still hides a small one from
     * everyone else.
     */
    public void knownToReader(int cell) {
        check(cell);
        knownToReader.set(cell);
    }

    /** The cells marked with {@link #knownToReader(int)} (a copy). */
    public BitSet knownToReader() {
        return (BitSet) knownToReader.clone();
    }

    public long value(int cell) {
        check(cell);
        return values[cell];
    }

    public int size() {
        return size;
    }

    public List<Relation> relations() {
        return List.copyOf(relations);
    }

    private void check(int cell) {
        if (cell < 0 || cell >= size) {
            throw new IndexOutOfBoundsException("No cell " + cell);
        }
    }
}
