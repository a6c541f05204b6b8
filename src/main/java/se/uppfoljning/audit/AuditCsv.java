package se.uppfoljning.audit;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import se.uppfoljning.base.SpreadsheetText;

/**
 * Writes audit entries as CSV for spreadsheet programs: UTF-8 with a byte order mark, semicolon separated
 * (what Swedish Excel expects), CRLF line ends, times in UTC (ISO-8601). A cell that a spreadsheet would read
 * as a formula (starting with {@code = + - @}, tab or carriage return, but not a plain number such as {@code -3})
 * gets a leading apostrophe ({@link SpreadsheetText}), so text
 * typed into a user name or a filter can never run as a formula on an administrator's machine.
 * Plain class, no Spring; closing it closes the stream.
 */
public final class AuditCsv implements AutoCloseable {

    /** Technical column names: the file is data for other tools, so they are not translated. */
    static final String[] HEADER = {"seq", "occurred_at_utc", "actor", "action", "target", "details", "hash"};
    static final char SEPARATOR = ';';
    private static final char BOM = '\uFEFF';

    private final CsvWriter csv;
    private long rows;

    public AuditCsv(OutputStream out) {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            writer.write(BOM);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.csv = CsvWriter.builder().fieldSeparator(SEPARATOR).lineDelimiter(LineDelimiter.CRLF).build(writer);
        csv.writeRecord(HEADER);
    }

    public void write(AuditEntry e) {
        csv.writeRecord(Long.toString(e.seq()), e.occurredAt().toString(), safe(e.actor()), safe(e.action()),
                safe(e.target()), safe(e.details()), e.hash());
        rows++;
    }

    /** Entries written so far, header not counted. */
    public long rows() {
        return rows;
    }

    @Override
    public void close() {
        try {
            csv.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Null becomes an empty cell; a would-be formula gets a leading apostrophe ({@link SpreadsheetText}). */
    static String safe(String value) {
        return SpreadsheetText.neutralise(value);
    }
}
