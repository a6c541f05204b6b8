package se.uppfoljning.reports.pdf;

import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import se.uppfoljning.reports.EvaluationReport;

/** Report tables as OpenPDF tables: a repeated header row, numbers right-aligned, total rows in bold. */
public final class PdfTables {

    private PdfTables() {
    }

    public static PdfPTable table(EvaluationReport.Table table) {
        int columns = table.header().size();
        float[] widths = new float[columns];
        float first = columns <= 3 ? 3f : columns <= 5 ? 2.6f : 3.2f;
        widths[0] = first;
        for (int i = 1; i < columns; i++) {
            widths[i] = 1.15f;
        }
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        t.setSplitLate(false);
        for (int i = 0; i < columns; i++) {
            PdfPCell cell = new PdfPCell(new Phrase(table.header().get(i), PdfStyle.CELL_BOLD));
            cell.setBackgroundColor(PdfStyle.HEADER_FILL);
            cell.setHorizontalAlignment(i == 0 ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
            cell.setVerticalAlignment(Element.ALIGN_BOTTOM);
            style(cell);
            t.addCell(cell);
        }
        for (EvaluationReport.Row row : table.rows()) {
            for (int i = 0; i < columns; i++) {
                EvaluationReport.Cell c = i < row.cells().size() ? row.cells().get(i) : EvaluationReport.Cell.empty();
                PdfPCell cell = new PdfPCell(new Phrase(c.text(), row.total() ? PdfStyle.CELL_BOLD : PdfStyle.CELL));
                boolean numeric = i > 0 && (c.value() != null || c.suppressed());
                cell.setHorizontalAlignment(numeric || i > 0 ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
                if (row.total()) {
                    cell.setBackgroundColor(PdfStyle.TOTAL_FILL);
                }
                style(cell);
                t.addCell(cell);
            }
        }
        return t;
    }

    private static void style(PdfPCell cell) {
        cell.setPaddingTop(2.5f);
        cell.setPaddingBottom(3.5f);
        cell.setPaddingLeft(4);
        cell.setPaddingRight(4);
        cell.setBorderWidth(0.4f);
        cell.setBorderColor(new java.awt.Color(0x99, 0x99, 0x99));
    }
}
