package se.uppfoljning.reports;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DemoReportPrint {

    @Test
    void print() throws Exception {
        EvaluationReport r = new EvaluationReportBuilder().build(ReportDemoData.generate());
        System.out.println(ReportText.render(r));
        Files.write(Path.of("/tmp/demo-sv.pdf"), new ReportPdfWriter().write(r));
        EvaluationReport en = new EvaluationReportBuilder().build(ReportDemoData.generate(16, 25, 1, java.util.Locale.ENGLISH));
        Files.write(Path.of("/tmp/demo-en.pdf"), new ReportPdfWriter().write(en));
    }
}
