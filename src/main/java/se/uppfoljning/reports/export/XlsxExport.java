package se.uppfoljning.reports.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import se.uppfoljning.base.SpreadsheetText;

/**
 * One workbook with a sheet per table: bold header row frozen at the top, numbers as numeric cells, text
 * neutralised as in CSV (a spreadsheet may be saved as CSV later and opened elsewhere).
 */
public final class XlsxExport {

    private XlsxExport() {
    }

    public static byte[] write(List<ExportTable> tables) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            Workbook wb = new Workbook(out, "Uppfoljning", "1.0");
            for (ExportTable table : tables) {
                Worksheet ws = wb.newWorksheet(table.name());
                for (int c = 0; c < table.columns().size(); c++) {
                    ws.value(0, c, SpreadsheetText.neutralise(table.columns().get(c)));
                    ws.style(0, c).bold().fillColor("DDDDDD").set();
                    ws.width(c, Math.min(60, Math.max(10, table.columns().get(c).length() + 2)));
                }
                int r = 1;
                for (List<Object> row : table.rows()) {
                    for (int c = 0; c < row.size(); c++) {
                        Object cell = row.get(c);
                        if (cell instanceof Number n) {
                            ws.value(r, c, n);
                        } else if (cell != null) {
                            ws.value(r, c, SpreadsheetText.neutralise(cell.toString()));
                        }
                    }
                    r++;
                }
                ws.freezePane(0, 1);
                ws.finish();
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
