package se.uppfoljning.reports.disclosure;

import java.util.ArrayList;
import java.util.List;

/**
 * Which hidden cells a reader can still compute exactly from the published ones. The relations restricted to the
 * hidden cells form a linear system {@code A x = b} (b from published numbers). A hidden cell {@code x_j} is
 * determined exactly when the unit vector {@code e_j} lies in the row space of {@code A}: then some combination of
 * the relations isolates it. In reduced row echelon form ({@link Rref}) that is a row whose only non-zero entry is
 * in column j. Exact integer arithmetic, no rounding.
 */
final class Determinacy {

    private Determinacy() {
    }

    /** Returns the unknown cells (indices into the cell list) whose value follows from the published cells. */
    static List<Integer> determinedCells(List<LinkedCounts.Relation> relations, boolean[] unknown) {
        return determinedCells(Rref.of(relations, unknown));
    }

    static List<Integer> determinedCells(Rref rref) {
        List<Integer> determined = new ArrayList<>();
        for (int c = 0; c < rref.cells.length; c++) {
            if (rref.determined(c)) {
                determined.add(rref.cells[c]);
            }
        }
        return determined;
    }
}
