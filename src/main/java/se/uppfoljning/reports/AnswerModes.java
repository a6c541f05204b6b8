package se.uppfoljning.reports;

import se.uppfoljning.enquiries.Wave;
import java.util.ArrayList;
import java.util.List;
import se.uppfoljning.reports.EvaluationReport.Cell;
import se.uppfoljning.reports.EvaluationReport.Row;
import se.uppfoljning.reports.EvaluationReport.Table;
import se.uppfoljning.reports.disclosure.CellSuppression;
import se.uppfoljning.reports.disclosure.LinkedCounts;

/**
 * The method section's count of enquiry answers per mode (web, paper form entered by staff, telephone interview)
 * and wave (issue #15, item 3), over the same invitations as the response rates of {@link EnquirySection}.
 *
 * <p>The modes of a wave add up to its respondents, which the response rate already gives away together with the
 * number invited. So a wave's modes are printed only when that rate is printed (respondents and non-respondents
 * both 0 or at least N, {@link ReportContext#safeShare}); otherwise the whole row is hidden, since any mode count
 * would bound or reveal the hidden respondents. A printed row is one relation (modes = respondents) suppressed
 * with {@link CellSuppression}: a small mode is hidden together with a second one, so it cannot be recomputed
 * from the total.
 */
final class AnswerModes {

    private AnswerModes() {
    }

    static Table table(ReportContext ctx) {
        List<Row> rows = new ArrayList<>();
        for (Wave wave : Wave.values()) {
            long[] byMode = new long[InvitationRow.Mode.values().length];
            for (InvitationRow i : ctx.input.invitations()) {
                if (i.wave() == wave && i.status() == InvitationRow.Status.SUBMITTED
                        && ctx.casesById.containsKey(i.caseId())) {
                    byMode[(i.mode() == null ? InvitationRow.Mode.WEB : i.mode()).ordinal()]++;
                }
            }
            long[] response = EnquirySection.response(ctx, wave, c -> true);
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.label(ctx.waveLabel(wave)));
            if (ctx.safeShare(response[1], response[0]).suppressed()) {
                for (int m = 0; m <= byMode.length; m++) {
                    cells.add(Cell.hidden());
                }
            } else {
                LinkedCounts lc = new LinkedCounts();
                LinkedCounts.OneWay modes = lc.addOneWay(byMode);
                CellSuppression.Result hidden = CellSuppression.suppress(lc, ctx.n);
                // the respondents are printed with the response rate: a hidden total would protect nothing here
                boolean totalHidden = hidden.isHidden(modes.total());
                for (int part : modes.parts()) {
                    cells.add(totalHidden || hidden.isHidden(part) ? Cell.hidden() : ctx.count(lc.value(part)));
                }
                cells.add(ctx.count(lc.value(modes.total())));
            }
            rows.add(new Row(cells, false));
        }
        return new Table("method/answer-modes", ctx.t("reports.method.modes-caption"),
                List.of(ctx.t("reports.enquiries.wave"), ctx.t("reports.method.mode.web"),
                        ctx.t("reports.method.mode.paper"), ctx.t("reports.method.mode.telephone"),
                        ctx.t("reports.enquiries.respondents")),
                rows, ctx.notes(rows, ctx.n, ctx.t("reports.method.modes-note")));
    }
}
