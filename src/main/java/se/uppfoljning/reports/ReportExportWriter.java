package se.uppfoljning.reports;

import java.util.List;
import se.uppfoljning.reports.export.CsvExport;
import se.uppfoljning.reports.export.ExportTable;
import se.uppfoljning.reports.export.ExportTables;
import se.uppfoljning.reports.export.XlsxExport;

/**
 * De-identified exports for evaluators, by case code, project and school (no names anywhere): answers, ratings
 * and absence as CSV files or as one XLSX workbook with a sheet each, and a data dictionary describing every column
 * (meaning, values or scale, analysis key, question text in the report's language). Cells that a spreadsheet would
 * run as a formula are neutralised; free-text answers are included only where the question allows them in
 * reports. Record-level data is not suppressed: the exports are for evaluators under a data agreement, not for
 * publication. Stateless and thread-safe.
 */
public final class ReportExportWriter {

    public byte[] answersCsv(ReportInput all) {
        ReportInput input = all.withinPeriod();
        return CsvExport.write(ExportTables.answers(input));
    }

    public byte[] ratingsCsv(ReportInput all) {
        ReportInput input = all.withinPeriod();
        return CsvExport.write(ExportTables.ratings(input));
    }

    public byte[] absenceCsv(ReportInput all) {
        ReportInput input = all.withinPeriod();
        return CsvExport.write(ExportTables.absence(input));
    }

    public byte[] dictionaryCsv(ReportInput all) {
        ReportInput input = all.withinPeriod();
        return CsvExport.write(dictionary(input));
    }

    /** One workbook with the sheets answers, ratings, absence and dictionary. */
    public byte[] workbook(ReportInput all) {
        ReportInput input = all.withinPeriod();
        ExportTable answers = ExportTables.answers(input);
        ExportTable ratings = ExportTables.ratings(input);
        ExportTable absence = ExportTables.absence(input);
        return XlsxExport.write(List.of(answers, ratings, absence,
                ExportTables.dictionary(input, answers, ratings, absence)));
    }

    private static ExportTable dictionary(ReportInput input) {
        return ExportTables.dictionary(input, ExportTables.answers(input), ExportTables.ratings(input),
                ExportTables.absence(input));
    }
}
