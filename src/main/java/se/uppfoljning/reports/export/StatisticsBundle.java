package se.uppfoljning.reports.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import se.uppfoljning.base.i18n.Translations;
import se.uppfoljning.reports.ReportInput;

/**
 * The statistics bundle: the datasets of {@link StatsDatasets} as CSV (UTF-8 without byte order mark, so every
 * package reads the first column name right; cells that a spreadsheet would run as a formula neutralised as in
 * the CSV export) and the syntax that reads them with labels: {@code read.R}, {@code read.sps}, {@code read.do}.
 * Labels are in the report's language. Stateless.
 */
public final class StatisticsBundle {

    public static final String R_SCRIPT = "read.R";
    public static final String SPSS_SYNTAX = "read.sps";
    public static final String STATA_DO = "read.do";

    private StatisticsBundle() {
    }

    /**
     * File name to content, in zip order.
     *
     * @throws se.uppfoljning.base.BusinessException {@code reports.export.error.no-data} when the scope has no data
     */
    public static Map<String, byte[]> files(ReportInput input) {
        List<StatsDataset> datasets = StatsDatasets.build(input);
        String title = Translations.translate("reports.export.stats.title", input.scope().language());
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (StatsDataset d : datasets) {
            byte[] csv = CsvExport.write(d.table());
            files.put(d.csvName(), Arrays.copyOfRange(csv, 3, csv.length)); // drop the byte order mark
        }
        files.put(R_SCRIPT, RSyntax.write(title, datasets).getBytes(StandardCharsets.UTF_8));
        files.put(SPSS_SYNTAX, SpssSyntax.write(title, datasets).getBytes(StandardCharsets.UTF_8));
        files.put(STATA_DO, StataSyntax.write(title, datasets).getBytes(StandardCharsets.UTF_8));
        return files;
    }

    /** The bundle as one ZIP. */
    public static byte[] zip(ReportInput input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var e : files(input).entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
