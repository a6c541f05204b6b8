package se.uppfoljning.reports.export;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import se.uppfoljning.base.SpreadsheetText;

/**
 * RFC 4180 CSV: comma separated, CRLF, fields quoted when needed (quotes, commas, line breaks survive), UTF-8 with a
 * byte order mark so that Excel shows å, ä and ö right. Numbers are written with a decimal point.
 */
public final class CsvExport {

    private CsvExport() {
    }

    public static byte[] write(ExportTable table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        out.write(0xEF);
        out.write(0xBB);
        out.write(0xBF);
        try (CsvWriter csv = CsvWriter.builder().fieldSeparator(',').lineDelimiter(LineDelimiter.CRLF)
                .build(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
            csv.writeRecord(table.columns().stream().map(SpreadsheetText::neutralise).toList());
            List<String> fields = new ArrayList<>(table.columns().size());
            for (List<Object> row : table.rows()) {
                fields.clear();
                for (Object cell : row) {
                    fields.add(text(cell));
                }
                csv.writeRecord(fields);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Number n) {
            return number(n);
        }
        return SpreadsheetText.neutralise(cell.toString());
    }

    static String number(Number n) {
        if (n instanceof Double || n instanceof Float) {
            double d = n.doubleValue();
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return Long.toString((long) d);
            }
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        if (n instanceof BigDecimal b) {
            return b.stripTrailingZeros().toPlainString();
        }
        return n.toString();
    }
}
