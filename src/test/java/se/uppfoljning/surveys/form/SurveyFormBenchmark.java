package se.uppfoljning.surveys.form;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.communication.UidlWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.uppfoljning.surveys.Answers;
import se.uppfoljning.surveys.SurveyTemplate;
import se.uppfoljning.surveys.TemplateLoader;

/**
 * Benchmark, not a unit test (surefire skips *Benchmark): the server-side cost of the parent form's page changes
 * on one thread, without HTTP or the database, so that it is stable on a shared machine. Per round: build the
 * START template's form in Swedish (what the language step does), write the UIDL a browser would get, then
 * answer each page and press Next until the last page, writing the UIDL after each Next. Prints CPU time
 * (thread CPU, µs) and UIDL size per step after a warm-up.
 * <p>
 * Run: {@code ./mvnw test -Dtest=SurveyFormBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * (knob: {@code -Dform.rounds=300}).
 */
class SurveyFormBenchmark {

    static final int ROUNDS = Integer.getInteger("form.rounds", 300);
    private SurveyTemplate template;

    @BeforeEach
    void setUp() {
        System.setProperty("vaadin.i18n.provider", "se.uppfoljning.base.i18n.Translations");
        MockVaadin.setup(new Routes());
        template = TemplateLoader.forFolder(Path.of("survey-templates"))
                .loadFolder(Path.of("survey-templates")).templates().stream()
                .filter(t -> t.id().equals("parent-enquiry-start")).findFirst().orElseThrow();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void pageChanges() {
        var threads = ManagementFactory.getThreadMXBean();
        long[] firstCpu = new long[1];
        long[] nextCpu = new long[1];
        long firstBytes = 0;
        long nextBytes = 0;
        int nexts = 0;
        for (int round = -ROUNDS / 3; round < ROUNDS; round++) {
            UI ui = UI.getCurrent();
            new UidlWriter().createUidl(ui, false);
            long t0 = threads.getCurrentThreadCpuTime();
            SurveyForm form = new SurveyForm(template, "sv", Answers.empty());
            ui.add(form);
            String uidl = new UidlWriter().createUidl(ui, false).toString();
            long t1 = threads.getCurrentThreadCpuTime();
            if (round >= 0) {
                firstCpu[0] += t1 - t0;
                firstBytes += uidl.length();
            }
            while (form.next.isVisible()) {
                SurveyFormFiller.fillPage(form, template, Map.of());
                new UidlWriter().createUidl(ui, false);
                long n0 = threads.getCurrentThreadCpuTime();
                _click(form.next);
                String after = new UidlWriter().createUidl(ui, false).toString();
                long n1 = threads.getCurrentThreadCpuTime();
                if (round >= 0) {
                    nextCpu[0] += n1 - n0;
                    nextBytes += after.length();
                    nexts++;
                }
            }
            ui.remove(form);
        }
        System.out.printf("SurveyFormBenchmark: %d rounds; first page (build + UIDL) %.0f µs CPU, %d B UIDL;"
                        + " Next (save listener empty, build + UIDL) %.0f µs CPU, %d B UIDL%n", ROUNDS,
                firstCpu[0] / 1000.0 / ROUNDS, firstBytes / ROUNDS, nextCpu[0] / 1000.0 / nexts, nextBytes / nexts);
    }
}
