package se.uppfoljning.audit;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditCsvTest {

    private static final Instant AT = Instant.parse("2026-11-24T08:15:30.123456Z");

    private static byte[] write(AuditEntry... entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (AuditCsv csv = new AuditCsv(out)) {
            for (AuditEntry e : entries) {
                csv.write(e);
            }
            assertThat(csv.rows()).isEqualTo(entries.length);
        }
        return out.toByteArray();
    }

    private static List<CsvRecord> read(byte[] bytes) {
        return CsvReader.builder().fieldSeparator(';').detectBomHeader(true)
                .ofCsvRecord(new ByteArrayInputStream(bytes)).stream().toList();
    }

    private static AuditEntry entry(long seq, String actor, String details) {
        return new AuditEntry(seq, AT, actor, "LOGIN", "staff:x", details, "ab".repeat(32));
    }

    @Test
    void startsWithBomAndHeaderAndUsesSemicolonsAndCrlf() {
        byte[] bytes = write(entry(1, "admin", null));
        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        assertThat(bytes[1]).isEqualTo((byte) 0xBB);
        assertThat(bytes[2]).isEqualTo((byte) 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertThat(text).startsWith("seq;occurred_at_utc;actor;action;target;details;hash\r\n");
        assertThat(text).contains("1;2026-11-24T08:15:30.123456Z;admin;LOGIN;staff:x;;" + "ab".repeat(32) + "\r\n");
    }

    @Test
    void neutralisesCellsASpreadsheetWouldRunAsFormulas() {
        List<String> dangerous = List.of("=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tTAB", "\rCR");
        AuditEntry[] entries = new AuditEntry[dangerous.size()];
        for (int i = 0; i < entries.length; i++) {
            entries[i] = entry(i + 1, dangerous.get(i), dangerous.get(i));
        }
        List<CsvRecord> rows = read(write(entries));
        for (int i = 0; i < entries.length; i++) {
            CsvRecord row = rows.get(i + 1);
            assertThat(row.getField(2)).isEqualTo("'" + dangerous.get(i));
            assertThat(row.getField(5)).isEqualTo("'" + dangerous.get(i));
        }
    }

    @Test
    void keepsOrdinaryTextIncludingSeparatorsQuotesNewlinesAndUmlautsIntact() {
        String tricky = "Söder; \"citat\"\nny rad, a=b";
        List<CsvRecord> rows = read(write(entry(7, "samordnare.nv", tricky)));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).getField(0)).isEqualTo("7");
        assertThat(rows.get(1).getField(2)).isEqualTo("samordnare.nv");
        assertThat(rows.get(1).getField(5)).isEqualTo(tricky);
    }

    @Test
    void safeLeavesHarmlessValuesAloneAndEmptiesNull() {
        assertThat(AuditCsv.safe(null)).isEmpty();
        assertThat(AuditCsv.safe("")).isEmpty();
        assertThat(AuditCsv.safe("a=b")).isEqualTo("a=b");
        assertThat(AuditCsv.safe(" =x")).isEqualTo(" =x");
        assertThat(AuditCsv.safe("-")).isEqualTo("'-");
        assertThat(AuditCsv.safe("-3")).as("a plain negative number stays a number").isEqualTo("-3");
    }
}
