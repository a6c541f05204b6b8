package se.uppfoljning.reports;

import org.junit.jupiter.api.Test;

class DemoReportPrint {

    @Test
    void print() throws Exception {
        for (int round = 0; round < 4; round++) {
            ReportInput in = ReportDemoData.generate(70, 6, 7);
            long t0 = System.nanoTime();
            EvaluationReport r = new EvaluationReportBuilder().build(in);
            long t1 = System.nanoTime();
            byte[] pdf = new ReportPdfWriter().write(r);
            long t2 = System.nanoTime();
            System.out.printf("build %d ms, pdf %d ms, %d bytes%n", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, pdf.length);
        }
    }
}
