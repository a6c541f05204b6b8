package se.uppfoljning.absence;

import java.util.List;

/** Every data row of an import file, in file order, each either importable (new or update) or rejected. */
public record ImportPreview(List<PreviewRow> rows) {

    public ImportPreview {
        rows = List.copyOf(rows);
    }

    public int validCount() {
        return (int) rows.stream().filter(PreviewRow::valid).count();
    }

    public int newCount() {
        return count(RowStatus.NEW);
    }

    public int updateCount() {
        return count(RowStatus.UPDATE);
    }

    public int rejectedCount() {
        return count(RowStatus.REJECTED);
    }

    private int count(RowStatus status) {
        return (int) rows.stream().filter(r -> r.status() == status).count();
    }
}
