package se.uppfoljning.reports.disclosure;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Small-cell suppression with complementary suppression for {@link LinkedCounts}.
 *
 * <ol>
 * <li>Primary: a count {@code 0 < x < N} is hidden. Zero is published (it describes nobody) unless its
 *     denominator is small: when a total is {@code 0 < total < N}, the total and all its parts are hidden, zeros
 *     included ("0 of 3" says something about all three). An empty total (0) is published.</li>
 * <li>Complementary: while some relation has exactly one hidden cell (which its published cells would give
 *     away), or only hidden zeros next to a published total (non-negative parts that must sum to 0 are all 0),
 *     hide one more cell of that relation: the smallest non-zero part, else a zero part, else the total.
 *     Non-zero first because a hidden zero next to a hidden small cell gives a reader a tight bound.</li>
 * <li>Audit: when no relation gives a cell away on its own, two exact checks look for cells that can be
 *     recomputed by combining relations: hidden zeros that non-negativity forces to 0 ({@link ForcedZeros}, a
 *     small exact linear program), then cells that the linear relations pin down ({@link Determinacy}, e.g. a
 *     hidden cell joining two otherwise separate blocks). For the first such cell, hide the smallest non-zero
 *     published cell of one of its relations, and go back to 2. Suppression only grows, so this ends.</li>
 * </ol>
 *
 * <p>A category that is empty in a published total (total 0) tells the reader that each of its cells is 0, hidden
 * or not; such cells are treated as known: they need no protection and are never chosen as complements.
 * {@code NoRecomputationTest} checks the result against an independent reader on thousands of random tables.
 *
 * <p>Two readers are audited (issue #12). The public reader knows what is printed. The evaluator also holds
 * another product, e.g. the export, from which some counts are known anyway ({@link LinkedCounts#knownToReader}:
 * a school's number of cases). For the evaluator, those cells and every cell that they and the known zeros
 * determine on their own (without any printed number: e.g. a school's active cases when the report says that no
 * case has ended) count as known: step 3 is run a second time with them as published, and a cell it finds is
 * protected by hiding a printed cell that is not known (a known cell protects nothing from the evaluator). Known
 * cells are chosen as complements for the public reader only when nothing else is left. A small known cell is still
 * hidden from the public by step 1. Both audits only ever add hidden cells, so the loop still ends.
 */
public final class CellSuppression {

    /** Which cells to hide, and which of them were hidden only to protect others. */
    public record Result(BitSet hidden, BitSet primary) {

        public boolean isHidden(int cell) {
            return hidden.get(cell);
        }

        public boolean isPrimary(int cell) {
            return primary.get(cell);
        }
    }

    private CellSuppression() {
    }

    public static Result suppress(LinkedCounts counts, int minCellSize) {
        if (minCellSize < 1) {
            throw new IllegalArgumentException("Minimum cell size must be at least 1");
        }
        int n = counts.size();
        List<LinkedCounts.Relation> relations = counts.relations();
        long[] values = new long[n];
        for (int i = 0; i < n; i++) {
            values[i] = counts.value(i);
        }
        boolean[] hidden = new boolean[n];
        for (int i = 0; i < n; i++) {
            long v = counts.value(i);
            hidden[i] = v > 0 && v < minCellSize;
        }
        boolean changed = true;
        while (changed) { // a hidden part of a small total may itself be the total of another relation
            changed = false;
            for (LinkedCounts.Relation rel : relations) {
                long total = counts.value(rel.total());
                if (total > 0 && total < minCellSize) {
                    for (int member : rel.members()) {
                        if (!hidden[member]) {
                            hidden[member] = true;
                            changed = true;
                        }
                    }
                }
            }
        }
        BitSet primary = toBitSet(hidden);
        if (primary.isEmpty()) {
            // Nothing to protect, so nothing is hidden: no relation has a hidden cell to give away (step 2), and with
            // no unknown cell neither check of step 3 finds one. Skipping the evaluator's known cells saves an exact
            // elimination over every cell, which is most of the time of a large table that has no small count.
            return new Result(new BitSet(), primary);
        }
        // Cells of a category that is published as empty (total 0) are known to be 0 whether hidden or not:
        // they neither need protection nor protect anything.
        boolean[] knownZero = new boolean[n];
        for (LinkedCounts.Relation rel : relations) {
            if (counts.value(rel.total()) == 0 && !hidden[rel.total()]) {
                for (int member : rel.members()) {
                    knownZero[member] = true;
                }
            }
        }

        boolean[] known = knownToReader(counts, relations, knownZero, values);
        boolean anyKnown = false;
        boolean[] blockedForReader = new boolean[n];
        for (int i = 0; i < n; i++) {
            blockedForReader[i] = knownZero[i] || known[i];
            anyKnown |= known[i];
        }

        List<List<LinkedCounts.Relation>> relationsOf = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            relationsOf.add(new ArrayList<>(2));
        }
        for (LinkedCounts.Relation rel : relations) {
            for (int member : rel.members()) {
                relationsOf.get(member).add(rel);
            }
        }

        while (true) {
            boolean progress = true;
            while (progress) {
                progress = false;
                for (LinkedCounts.Relation rel : relations) {
                    if (givesAway(rel, hidden, knownZero, counts)) {
                        int complement = chooseComplement(rel, hidden, knownZero, known, counts, relationsOf);
                        if (complement >= 0) {
                            hidden[complement] = true;
                            progress = true;
                        }
                    }
                    if (anyKnown && givesAway(rel, hidden, blockedForReader, counts)) {
                        int complement = chooseComplement(rel, hidden, blockedForReader, known, counts,
                                relationsOf);
                        if (complement >= 0) {
                            hidden[complement] = true;
                            progress = true;
                        }
                    }
                }
            }
            boolean[] blocked = knownZero;
            List<Integer> determined = recomputable(relations, hidden, blocked, values);
            if (determined.isEmpty() && anyKnown) {
                blocked = blockedForReader;
                determined = recomputable(relations, hidden, blocked, values);
            }
            if (determined.isEmpty()) {
                break;
            }
            int extra = -1;
            for (int cell : determined) {
                for (LinkedCounts.Relation rel : relationsOf.get(cell)) {
                    extra = chooseComplement(rel, hidden, blocked, known, counts, relationsOf);
                    if (extra >= 0) {
                        break;
                    }
                }
                if (extra >= 0) {
                    break;
                }
            }
            if (extra < 0) {
                extra = smallestPublishedNeighbour(determined, hidden, blocked, counts, relationsOf,
                        blocked == blockedForReader);
            }
            if (extra < 0) {
                // every cell near the determined ones is hidden already or known: suppression cannot protect them
                throw new IllegalStateException("Hidden cells " + determined + " can be recomputed and no published"
                        + " cell is left to hide next to them");
            }
            hidden[extra] = true;
        }
        return new Result(toBitSet(hidden), primary);
    }

    /**
     * Step 3 for one reader: the hidden cells that this reader can recompute, given that the {@code blocked} cells
     * (known zeros, and for the evaluator the known cells) are known to him. Forced zeros first, then the cells
     * that the linear relations pin down (exact once the forced zeros are known).
     */
    private static List<Integer> recomputable(List<LinkedCounts.Relation> relations, boolean[] hidden,
                                              boolean[] blocked, long[] values) {
        boolean[] unknown = new boolean[hidden.length];
        for (int i = 0; i < hidden.length; i++) {
            unknown[i] = hidden[i] && !blocked[i];
        }
        Rref rref = Rref.of(relations, unknown);
        List<Integer> determined = ForcedZeros.find(rref, values);
        return determined.isEmpty() ? Determinacy.determinedCells(rref) : determined;
    }

    /**
     * What the evaluator knows whatever the report hides: the cells marked known to the reader, and every cell
     * that they and the known zeros determine with no printed number at all (every other cell taken as unknown).
     * Such a cell is not given away by the report, so it needs no protection and protects nothing. All false when
     * no cell is marked.
     */
    private static boolean[] knownToReader(LinkedCounts counts, List<LinkedCounts.Relation> relations,
                                           boolean[] knownZero, long[] values) {
        int n = values.length;
        boolean[] known = new boolean[n];
        BitSet marked = counts.knownToReader();
        if (marked.isEmpty()) {
            return known;
        }
        marked.stream().forEach(i -> known[i] = true);
        boolean[] everything = new boolean[n];
        java.util.Arrays.fill(everything, true);
        while (true) {
            boolean[] blocked = new boolean[n];
            for (int i = 0; i < n; i++) {
                blocked[i] = known[i] || knownZero[i];
            }
            List<Integer> found = recomputable(relations, everything, blocked, values);
            if (found.isEmpty()) {
                return known;
            }
            found.forEach(c -> known[c] = true);
        }
    }

    /**
     * A relation gives its hidden cells away when it has exactly one, or when its total is published and its
     * hidden parts are all zero: counts cannot be negative, so a reader who finds that the hidden parts must sum
     * to 0 knows each of them ("none of the pupils at this school is in these small groups").
     */
    private static boolean givesAway(LinkedCounts.Relation rel, boolean[] hidden, boolean[] knownZero,
                                     LinkedCounts counts) {
        int hiddenCount = countHidden(rel, hidden, knownZero);
        if (hiddenCount == 1) {
            return true;
        }
        if (hiddenCount == 0 || hidden[rel.total()] && !knownZero[rel.total()]) {
            return false;
        }
        for (int p : rel.parts()) {
            if (hidden[p] && !knownZero[p] && counts.value(p) != 0) {
                return false;
            }
        }
        for (int p : rel.parts()) {
            if (!hidden[p] && !knownZero[p] && counts.value(p) != 0) {
                return true; // a non-zero cell can still be hidden with them
            }
        }
        return false; // every part is zero: the total is 0 and there is nobody to protect
    }

    /** Hidden cells of a relation that a reader does not already know (known zeros do not count). */
    private static int countHidden(LinkedCounts.Relation rel, boolean[] hidden, boolean[] knownZero) {
        int c = hidden[rel.total()] && !knownZero[rel.total()] ? 1 : 0;
        for (int p : rel.parts()) {
            if (hidden[p] && !knownZero[p]) {
                c++;
            }
        }
        return c;
    }

    /**
     * Smallest non-zero published part; else a zero part; else the total if published. Known zeros (and, for the
     * evaluator's audit, cells known to him: both in {@code knownZero}) are never chosen; cells known to the
     * evaluator ({@code known}) come last. -1 if there is nothing left to hide.
     */
    private static int chooseComplement(LinkedCounts.Relation rel, boolean[] hidden, boolean[] knownZero,
                                        boolean[] known, LinkedCounts counts,
                                        List<List<LinkedCounts.Relation>> relationsOf) {
        int best = -1;
        for (int p : rel.parts()) {
            if (!hidden[p] && !knownZero[p] && better(p, best, hidden, knownZero, known, counts, relationsOf)) {
                best = p;
            }
        }
        if (best >= 0) {
            return best;
        }
        return hidden[rel.total()] || knownZero[rel.total()] ? -1 : rel.total();
    }

    /**
     * Order of preference: non-zero before zero, then the smaller value, then a cell whose other relations
     * already have exactly one hidden cell (one extra cell then protects two relations). A cell the evaluator
     * knows anyway goes after every other (it protects nothing from him).
     */
    private static boolean better(int candidate, int best, boolean[] hidden, boolean[] knownZero, boolean[] known,
                                  LinkedCounts counts, List<List<LinkedCounts.Relation>> relationsOf) {
        if (best < 0) {
            return true;
        }
        if (known[candidate] != known[best]) {
            return !known[candidate];
        }
        long cv = counts.value(candidate);
        long bv = counts.value(best);
        if ((cv == 0) != (bv == 0)) {
            return cv != 0;
        }
        if (cv != bv) {
            return cv < bv;
        }
        return helps(candidate, hidden, knownZero, relationsOf) > helps(best, hidden, knownZero, relationsOf);
    }

    private static int helps(int cell, boolean[] hidden, boolean[] knownZero,
                             List<List<LinkedCounts.Relation>> relationsOf) {
        int h = 0;
        for (LinkedCounts.Relation rel : relationsOf.get(cell)) {
            if (countHidden(rel, hidden, knownZero) == 1) {
                h++;
            }
        }
        return h;
    }

    /**
     * Breadth-first over relations from the determined cells; the smallest published cell of the first layer that
     * has one is used. The public audit walks through hidden cells only; the evaluator's audit also walks through
     * the cells he knows ({@code throughKnown}), since the printed cell that gives a cell away may sit beyond one.
     */
    private static int smallestPublishedNeighbour(List<Integer> determined, boolean[] hidden, boolean[] knownZero,
                                                  LinkedCounts counts,
                                                  List<List<LinkedCounts.Relation>> relationsOf,
                                                  boolean throughKnown) {
        BitSet seen = new BitSet();
        List<Integer> frontier = new ArrayList<>(determined);
        determined.forEach(seen::set);
        while (!frontier.isEmpty()) {
            int best = -1;
            List<Integer> next = new ArrayList<>();
            for (int cell : frontier) {
                for (LinkedCounts.Relation rel : relationsOf.get(cell)) {
                    for (int m : rel.members()) {
                        if (seen.get(m)) {
                            continue;
                        }
                        seen.set(m);
                        if (!hidden[m] && !knownZero[m]) {
                            if (best < 0 || preferred(counts.value(m), counts.value(best))) {
                                best = m;
                            }
                        } else if (hidden[m] || throughKnown) {
                            next.add(m);
                        }
                    }
                }
            }
            if (best >= 0) {
                return best;
            }
            frontier = next;
        }
        return -1;
    }

    private static boolean preferred(long value, long than) {
        return (value == 0) != (than == 0) ? value != 0 : value < than;
    }

    private static BitSet toBitSet(boolean[] flags) {
        BitSet b = new BitSet(flags.length);
        for (int i = 0; i < flags.length; i++) {
            if (flags[i]) {
                b.set(i);
            }
        }
        return b;
    }
}
