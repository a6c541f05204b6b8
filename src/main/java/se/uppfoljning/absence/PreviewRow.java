package se.uppfoljning.absence;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * One data row of an import file as it would be imported. Values that could not be read are null.
 *
 * @param line the line in the file (the header is line 1)
 * @param caseCode the case code, normalised (K7QX-M4P2) when it could be read, otherwise as written (shortened)
 */
public record PreviewRow(long line, String caseCode, YearMonth month, BigDecimal hoursOffered,
                         BigDecimal unauthorised, BigDecimal authorised, RowStatus status,
                         List<ImportReason> reasons) {

    public PreviewRow {
        reasons = List.copyOf(reasons);
    }

    public boolean valid() {
        return status != RowStatus.REJECTED;
    }
}
