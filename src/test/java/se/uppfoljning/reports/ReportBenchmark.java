package se.uppfoljning.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Builds the full report and its PDF for 16 schools x 1,000 cases (START and END enquiries, ten months of
 * absence, ratings at four timepoints), three warm-up runs, then five measured runs on one thread. Not part of the
 * normal test run (surefire excludes *Benchmark.java); run it with
 * {@code ./mvnw -B -o test -Dtest=ReportBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 * Target: under 2 s for build + PDF after warm-up. OpenPDF once had a 450x table slowdown (LibrePDF/OpenPDF#1017),
 * which is what this guards against.
 */
class ReportBenchmark {

    private static final int WARM_UP = 3;
    private static final int RUNS = 5;

    @Test
    void buildsAndWritesTheFullReportInUnderTwoSeconds() {
        ReportInput input = ReportDemoData.generate(16, 1_000, 20261124L);
        System.out.printf("input: %,d cases, %,d absence rows, %,d invitations, %,d answers, %,d ratings%n",
                input.cases().size(), input.absence().size(), input.invitations().size(), input.answers().size(),
                input.ratings().size());
        EvaluationReportBuilder builder = new EvaluationReportBuilder();
        ReportPdfWriter writer = new ReportPdfWriter();
        for (int i = 0; i < WARM_UP; i++) {
            writer.write(builder.build(input));
        }
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        List<Long> builds = new ArrayList<>();
        List<Long> pdfs = new ArrayList<>();
        List<Long> totals = new ArrayList<>();
        long allocated = 0;
        long maxHeapAfter = 0;
        int pdfSize = 0;
        for (int i = 0; i < RUNS; i++) {
            System.gc();
            long allocatedBefore = threads.getThreadAllocatedBytes(Thread.currentThread().threadId());
            long t0 = System.nanoTime();
            EvaluationReport report = builder.build(input);
            long t1 = System.nanoTime();
            byte[] pdf = writer.write(report);
            long t2 = System.nanoTime();
            allocated = Math.max(allocated,
                    threads.getThreadAllocatedBytes(Thread.currentThread().threadId()) - allocatedBefore);
            Runtime rt = Runtime.getRuntime();
            maxHeapAfter = Math.max(maxHeapAfter, rt.totalMemory() - rt.freeMemory());
            pdfSize = pdf.length;
            builds.add((t1 - t0) / 1_000_000);
            pdfs.add((t2 - t1) / 1_000_000);
            totals.add((t2 - t0) / 1_000_000);
        }
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long heapAfterGc = rt.totalMemory() - rt.freeMemory();
        System.out.printf("build   : median %d ms, max %d ms%n", median(builds), Collections.max(builds));
        System.out.printf("pdf     : median %d ms, max %d ms%n", median(pdfs), Collections.max(pdfs));
        System.out.printf("total   : median %d ms, max %d ms (target < 2000 ms)%n", median(totals),
                Collections.max(totals));
        System.out.printf("heap    : %.1f MB used at most right after a run, %.1f MB after GC (input held), "
                        + "%.1f MB allocated per run, max heap %.0f MB%n", maxHeapAfter / 1e6, heapAfterGc / 1e6,
                allocated / 1e6, rt.maxMemory() / 1e6);
        System.out.printf("pdf size: %,d bytes%n", pdfSize);
        assertThat(median(totals)).isLessThan(2000);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
