package se.uppfoljning.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import se.uppfoljning.base.i18n.Translations;
import se.uppfoljning.reports.EvaluationReport.Block;
import se.uppfoljning.reports.EvaluationReport.Cell;
import se.uppfoljning.reports.EvaluationReport.Chart;
import se.uppfoljning.reports.EvaluationReport.Paragraph;
import se.uppfoljning.reports.EvaluationReport.Row;
import se.uppfoljning.reports.EvaluationReport.Section;
import se.uppfoljning.reports.EvaluationReport.Series;
import se.uppfoljning.reports.EvaluationReport.Table;

/**
 * Leaves out of a computed report what would print only dashes (issue #12.9), and says so where it stood:
 * <ul>
 *   <li>a table without a single shown number becomes one sentence naming its caption (all hidden, or no data);</li>
 *   <li>a body row (a school, a category) whose cells are all hidden is left out, and a note under the table
 *       names the rows and says that they still count in the total row (the figures are aggregated upward, to the
 *       project or programme row);</li>
 *   <li>a column whose cells are all hidden, total rows included, is left out the same way;</li>
 *   <li>a chart series without a point is left out; a chart without any point becomes one sentence.</li>
 * </ul>
 * Only hidden or empty cells are removed, never a shown number, so what a reader can compute does not change:
 * the suppression of the full report still holds. Applied to the report the service hands out (view and PDF); the
 * builder's full report stays the reference for tests of the suppression. Stateless.
 */
final class ReportCondenser {

    private ReportCondenser() {
    }

    static EvaluationReport condense(EvaluationReport report) {
        List<Section> sections = new ArrayList<>();
        for (Section s : report.sections()) {
            List<Block> blocks = new ArrayList<>();
            for (Block b : s.blocks()) {
                switch (b) {
                    case Table t -> blocks.add(table(report, t));
                    case Chart c -> blocks.add(chart(report, c));
                    default -> blocks.add(b);
                }
            }
            sections.add(new Section(s.id(), s.heading(), blocks));
        }
        return new EvaluationReport(report.language(), report.title(), report.scopeLines(), report.generatedOn(),
                report.fileName(), sections);
    }

    private static Block table(EvaluationReport report, Table t) {
        int columns = t.header().size();
        boolean anyShown = false;
        boolean anyHidden = false;
        for (Row r : t.rows()) {
            for (Cell c : values(r)) {
                // a text cell (the project interviews' themes, issue #16) is shown as much as a number
                anyShown |= c.value() != null || !c.suppressed() && !c.text().isBlank();
                anyHidden |= c.suppressed();
            }
        }
        if (!anyShown) {
            return new Paragraph(t(report, anyHidden ? "reports.condensed.table-hidden" : "reports.condensed.table-empty",
                    t.caption(), EvaluationReport.SUPPRESSED));
        }
        boolean hasTotal = t.rows().stream().anyMatch(Row::total);
        // columns of hidden cells only, total rows included (a column with any shown or empty value stays)
        List<Integer> keep = new ArrayList<>();
        List<String> droppedColumns = new ArrayList<>();
        keep.add(0);
        for (int col = 1; col < columns; col++) {
            boolean shown = false;
            boolean hidden = false;
            for (Row r : t.rows()) {
                if (col >= r.cells().size()) {
                    continue;
                }
                Cell c = r.cells().get(col);
                shown |= !c.suppressed();
                hidden |= c.suppressed();
            }
            if (hidden && !shown) {
                droppedColumns.add(t.header().get(col));
            } else {
                keep.add(col);
            }
        }
        List<Row> rows = new ArrayList<>();
        List<String> droppedRows = new ArrayList<>();
        for (Row r : t.rows()) {
            List<Cell> cells = values(r);
            boolean hidden = cells.stream().anyMatch(Cell::suppressed);
            boolean shown = cells.stream().anyMatch(c -> !c.suppressed() && !c.text().isEmpty());
            if (!r.total() && hidden && !shown) {
                droppedRows.add(r.cells().getFirst().text().replace("\u00a0", " ").strip());
                continue;
            }
            rows.add(new Row(keep.stream().filter(i -> i < r.cells().size()).map(r.cells()::get).toList(), r.total()));
        }
        if (droppedRows.isEmpty() && droppedColumns.isEmpty()) {
            return t;
        }
        List<String> notes = new ArrayList<>(t.notes());
        if (!droppedRows.isEmpty()) {
            notes.add(t(report, hasTotal ? "reports.condensed.rows-in-total" : "reports.condensed.rows",
                    String.join(", ", droppedRows), EvaluationReport.SUPPRESSED));
        }
        if (!droppedColumns.isEmpty()) {
            notes.add(t(report, "reports.condensed.columns", String.join(", ", droppedColumns),
                    EvaluationReport.SUPPRESSED));
        }
        boolean stillHidden = rows.stream().anyMatch(r -> r.cells().stream().anyMatch(Cell::suppressed));
        if (!stillHidden) {
            notes.removeIf(n -> n.startsWith(EvaluationReport.SUPPRESSED + " "));
        }
        return new Table(t.id(), t.caption(), keep.stream().map(t.header()::get).toList(), rows, notes);
    }

    private static List<Cell> values(Row r) {
        return r.cells().subList(1, r.cells().size());
    }

    private static Block chart(EvaluationReport report, Chart c) {
        List<Series> series = c.series().stream()
                .filter(s -> s.values().stream().anyMatch(Objects::nonNull)).toList();
        if (series.isEmpty()) {
            return new Paragraph(t(report, "reports.condensed.chart", c.title(), EvaluationReport.SUPPRESSED));
        }
        if (series.size() == c.series().size()) {
            return c;
        }
        return new Chart(c.id(), c.kind(), c.title(), c.valueAxis(), c.categories(), series, c.lowerBound(),
                c.upperBound(), c.textAlternative());
    }

    private static String t(EvaluationReport report, String key, Object... args) {
        return Translations.translate(key, report.language(), args);
    }
}
