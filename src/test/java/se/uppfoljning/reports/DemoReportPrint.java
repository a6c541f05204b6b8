package se.uppfoljning.reports;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DemoReportPrint {

    @Test
    void print() throws Exception {
        EvaluationReport r = new EvaluationReportBuilder().build(SmallInput.build(java.util.Locale.forLanguageTag("sv")));
        System.out.println(ReportText.render(r));
    }
}
