package se.uppfoljning.reports;

import java.util.List;
import java.util.Locale;
import se.uppfoljning.reports.EvaluationReport.Cell;
import se.uppfoljning.reports.EvaluationReport.Row;
import se.uppfoljning.reports.stats.WilcoxonResult;

/** Cells that describe a Wilcoxon result the same way everywhere in the report. */
final class StatsRows {

    private StatsRows() {
    }

    /**
     * W, p and r may be printed: the non-zero changes and the unchanged pairs are each 0 or at least N. W and p are
     * functions of the number of non-zero changes, so a small number of unchanged (or changed) cases could be read
     * back from them next to the published number of pairs.
     */
    static boolean publishable(ReportContext ctx, WilcoxonResult w) {
        return !ctx.small(w.nonZero()) && !ctx.small(w.pairs() - w.nonZero());
    }

    static List<Row> wilcoxon(ReportContext ctx, WilcoxonResult w) {
        return wilcoxon(ctx, w, publishable(ctx, w));
    }

    /** The rows, the statistics hidden unless {@code publishable} (the caller's decision, at least {@link #publishable}). */
    static List<Row> wilcoxon(ReportContext ctx, WilcoxonResult w, boolean publishable) {
        if (!publishable) {
            return List.of(row(ctx, "reports.stats.nonzero", Cell.hidden()), row(ctx, "reports.stats.w", Cell.hidden()),
                    row(ctx, "reports.stats.p", Cell.hidden()), row(ctx, "reports.stats.r", Cell.hidden()),
                    row(ctx, "reports.stats.method", Cell.hidden()));
        }
        return List.of(
                row(ctx, "reports.stats.nonzero", ctx.count(w.nonZero())),
                row(ctx, "reports.stats.w", w(ctx, w)),
                row(ctx, "reports.stats.p", p(ctx, w)),
                row(ctx, "reports.stats.r", r(ctx, w)),
                row(ctx, "reports.stats.method", Cell.label(variant(ctx, w))));
    }

    static Cell w(ReportContext ctx, WilcoxonResult w) {
        return w.variant() == WilcoxonResult.Variant.NO_CHANGE ? Cell.empty() : ctx.decimal(w.w(), 1);
    }

    static Cell p(ReportContext ctx, WilcoxonResult w) {
        return Double.isNaN(w.p()) ? Cell.empty() : Cell.number(w.p(), ctx.fmt.pValue(w.p()));
    }

    static Cell r(ReportContext ctx, WilcoxonResult w) {
        return w.variant() == WilcoxonResult.Variant.NO_CHANGE ? Cell.empty() : ctx.decimal(w.r(), 2);
    }

    static String variant(ReportContext ctx, WilcoxonResult w) {
        return ctx.t("reports.stats.variant." + w.variant().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    private static Row row(ReportContext ctx, String key, Cell value) {
        return new Row(List.of(Cell.label(ctx.t(key)), value), false);
    }
}
