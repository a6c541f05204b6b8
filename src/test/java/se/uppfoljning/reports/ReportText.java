package se.uppfoljning.reports;

import java.util.stream.Collectors;

/** Renders a computed report as plain text, for reading it in a test log. */
final class ReportText {

    private ReportText() {
    }

    static String render(EvaluationReport report) {
        StringBuilder b = new StringBuilder();
        b.append(report.title()).append('\n');
        report.scopeLines().forEach(l -> b.append("  ").append(l).append('\n'));
        b.append("  ").append(report.fileName()).append('\n');
        for (EvaluationReport.Section s : report.sections()) {
            b.append("\n== ").append(s.heading()).append('\n');
            for (EvaluationReport.Block block : s.blocks()) {
                switch (block) {
                    case EvaluationReport.Paragraph p -> b.append(p.text()).append('\n');
                    case EvaluationReport.Subheading h -> b.append("-- ").append(h.text()).append('\n');
                    case EvaluationReport.Bullets l -> l.items().forEach(i -> b.append(" * ").append(i).append('\n'));
                    case EvaluationReport.Quote q -> b.append(" > ").append(q.text()).append(" (").append(q.attribution())
                            .append(")\n");
                    case EvaluationReport.Chart c -> b.append("[chart ").append(c.id()).append(": ").append(c.title())
                            .append(" ").append(c.series().stream().map(x -> x.name() + "=" + x.values())
                                    .collect(Collectors.joining("; "))).append("]\n  alt: ").append(c.textAlternative())
                            .append('\n');
                    case EvaluationReport.Table t -> {
                        b.append("[table ").append(t.id()).append("] ").append(t.caption()).append('\n');
                        b.append("  | ").append(String.join(" | ", t.header())).append('\n');
                        for (EvaluationReport.Row r : t.rows()) {
                            b.append(r.total() ? "  * " : "  | ").append(r.cells().stream()
                                    .map(EvaluationReport.Cell::text).collect(Collectors.joining(" | "))).append('\n');
                        }
                        t.notes().forEach(n -> b.append("  note: ").append(n).append('\n'));
                    }
                }
            }
        }
        return b.toString();
    }
}
