package se.uppfoljning.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * A computed evaluation report, ready to show or print: every text is already in the report's language and every
 * small number is already suppressed. A suppressed cell carries no value at all, so nothing downstream (PDF, a view,
 * a test) can leak it by accident.
 *
 * @param title the report title
 * @param scopeLines programme, projects, districts, schools and period, one line each
 * @param fileName suggested PDF file name, ASCII only
 * @param sections in reading order
 */
public record EvaluationReport(Locale language, String title, List<String> scopeLines, LocalDate generatedOn,
                               String fileName, List<Section> sections) {

    /** The marker shown instead of a suppressed number. */
    public static final String SUPPRESSED = "\u2013";

    public EvaluationReport {
        scopeLines = List.copyOf(scopeLines);
        sections = List.copyOf(sections);
    }

    public enum SectionId {
        SUMMARY, METHOD, REACH, COMPLETION, ATTENDANCE, OUTCOMES, ENQUIRIES, PUPILS, RATINGS, FOCUS_GROUPS, COMPARISON
    }

    public Section section(SectionId id) {
        return sections.stream().filter(s -> s.id() == id).findFirst()
                .orElseThrow(() -> new NoSuchElementException("No section " + id));
    }

    /** The table with this id in any section. */
    public Table table(String id) {
        for (Section s : sections) {
            for (Block b : s.blocks()) {
                if (b instanceof Table t && t.id().equals(id)) {
                    return t;
                }
            }
        }
        throw new NoSuchElementException("No table " + id);
    }

    public List<Table> tables() {
        List<Table> all = new ArrayList<>();
        for (Section s : sections) {
            for (Block b : s.blocks()) {
                if (b instanceof Table t) {
                    all.add(t);
                }
            }
        }
        return all;
    }

    /** One numbered part of the report with a heading. */
    public record Section(SectionId id, String heading, List<Block> blocks) {

        public Section {
            blocks = List.copyOf(blocks);
        }
    }

    /** Content of a section. */
    public sealed interface Block permits Paragraph, Subheading, Bullets, Table, Chart, Quote {
    }

    public record Paragraph(String text) implements Block {
    }

    public record Subheading(String text) implements Block {
    }

    public record Bullets(List<String> items) implements Block {

        public Bullets {
            items = List.copyOf(items);
        }
    }

    /** A quote (focus groups, or free text allowed in reports) with who said it, without names. */
    public record Quote(String text, String attribution) implements Block {
    }

    /**
     * A table: header row, body rows (a total row is marked), and notes printed under it (e.g. the suppression
     * footnote, added when any cell is suppressed).
     *
     * @param id stable, for tests and views, e.g. {@code reach/gender}
     */
    public record Table(String id, String caption, List<String> header, List<Row> rows, List<String> notes)
            implements Block {

        public Table {
            header = List.copyOf(header);
            rows = List.copyOf(rows);
            notes = List.copyOf(notes);
        }

        /** The cell in the row whose first cell reads {@code rowLabel}, at column {@code column} (0 = label). */
        public Cell cell(String rowLabel, int column) {
            for (Row r : rows) {
                if (r.cells().getFirst().text().equals(rowLabel)) {
                    return r.cells().get(column);
                }
            }
            throw new NoSuchElementException("No row " + rowLabel + " in " + id);
        }

        public boolean hasSuppressedCells() {
            return rows.stream().anyMatch(r -> r.cells().stream().anyMatch(Cell::suppressed));
        }
    }

    /** A body row; {@code total} rows are printed in bold. */
    public record Row(List<Cell> cells, boolean total) {

        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * One table cell: display text, and the number behind it (null for labels and suppressed cells).
     */
    public record Cell(String text, Double value, boolean suppressed) {

        public Cell {
            Objects.requireNonNull(text, "text");
            if (suppressed && value != null) {
                throw new IllegalArgumentException("A suppressed cell has no value");
            }
        }

        public static Cell label(String text) {
            return new Cell(text, null, false);
        }

        public static Cell number(double value, String text) {
            return new Cell(text, value, false);
        }

        public static Cell hidden() {
            return new Cell(SUPPRESSED, null, true);
        }

        /** An empty cell for "no data" (nobody to count), which is not a suppression. */
        public static Cell empty() {
            return new Cell("", null, false);
        }
    }

    public enum ChartKind {
        LINE, BAR
    }

    /**
     * A chart described by its data, drawn by the PDF writer. Suppressed points are null and are not drawn.
     *
     * @param valueAxis label of the value axis, e.g. "%"
     * @param textAlternative one or two sentences that say what the chart shows, printed under it and stored as
     *                        the figure's alternative text
     */
    public record Chart(String id, ChartKind kind, String title, String valueAxis, List<String> categories,
                        List<Series> series, double lowerBound, double upperBound, String textAlternative)
            implements Block {

        public Chart {
            categories = List.copyOf(categories);
            series = List.copyOf(series);
        }
    }

    /** One line or one set of bars; values line up with the chart's categories. */
    public record Series(String name, List<Double> values) {

        public Series {
            values = Collections.unmodifiableList(new ArrayList<>(values)); // nulls allowed
        }
    }
}
