package se.uppfoljning.reports.export;

import java.util.ArrayList;
import java.util.List;

/**
 * One export file or sheet: a name, column names and rows. A cell is a String, a Number or null (empty). Strings
 * are neutralised by the writers, not here.
 */
public record ExportTable(String name, List<String> columns, List<List<Object>> rows) {

    public ExportTable {
        columns = List.copyOf(columns);
        rows = new ArrayList<>(rows);
    }
}
