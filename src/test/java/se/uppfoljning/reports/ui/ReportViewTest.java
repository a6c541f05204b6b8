package se.uppfoljning.reports.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import java.io.ByteArrayOutputStream;
import org.mockito.Mockito;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.uppfoljning.reports.ReportFile;
import org.springframework.beans.factory.annotation.Autowired;
import se.uppfoljning.KaribuTest;
import se.uppfoljning.reports.EvaluationReportService;

class ReportViewTest extends KaribuTest {

    @Autowired
    EvaluationReportService reports;

    @Test
    void evaluatorChoosesASchoolYearAndGetsADownloadLink() {
        login("utvarderare");
        UI.getCurrent().navigate(ReportView.class);
        ReportView view = _get(ReportView.class);
        view.schoolYear.setValue(2025);
        assertThat(view.request().periodFrom()).isEqualTo(java.time.LocalDate.of(2025, 8, 1));
        assertThat(view.request().periodTo()).isEqualTo(java.time.LocalDate.of(2026, 7, 31));
        view.showDownload(reports.pdf(view.request()));
        Anchor link = _get(Anchor.class, spec -> spec.withId("report-download"));
        assertThat(link.getText()).startsWith("uppfoljning-rapport_").endsWith(".pdf");
        assertThat(view.status.getText()).startsWith("Klar:");
    }

    @Test
    void coordinatorsCannotOpenReports() {
        login("samordnare");
        assertThatThrownBy(() -> UI.getCurrent().navigate(ReportView.class)).isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void theDefaultSchoolYearIsTodaysInStockholmJustAfterMidnight() {
        login("utvarderare");
        // 1 August 00:05 in Stockholm is still 31 July in UTC: the new school year has begun.
        Clock clock = Clock.fixed(Instant.parse("2026-07-31T22:05:00Z"), ZoneId.of("Europe/Stockholm"));
        ReportView view = new ReportView(reports, clock);
        assertThat(view.schoolYear.getValue()).isEqualTo(2026);
    }

    @Autowired
    JdbcClient jdbc;

    private long downloadsOf(String fileName) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'REPORT_DOWNLOADED' AND target = ?")
                .param("report:" + fileName).query(Long.class).single();
    }

    @Test
    void theDownloadIsAuditedWhenTheFileIsSentNotWhenTheLinkIsShown() throws Exception {
        login("utvarderare");
        UI.getCurrent().navigate(ReportView.class);
        ReportView view = _get(ReportView.class);
        ReportFile file = reports.pdf(view.request());
        long before = downloadsOf(file.fileName()); // the same scope on the same day gives the same name
        view.showDownload(file);
        assertThat(downloadsOf(file.fileName())).isEqualTo(before);

        ByteArrayOutputStream sent = new ByteArrayOutputStream();
        VaadinResponse response = Mockito.mock(VaadinResponse.class);
        Mockito.when(response.getOutputStream()).thenReturn(sent);
        view.download(file).handleDownloadRequest(new DownloadEvent(Mockito.mock(VaadinRequest.class), response,
                VaadinSession.getCurrent(), view.getElement()));
        assertThat(sent.toByteArray()).isEqualTo(file.bytes());
        assertThat(downloadsOf(file.fileName())).isEqualTo(before + 1);
    }

    /**
     * The real path of a click: the file is built on the executor while the page polls, and {@code ui.access}
     * shows the link. Karibu runs queued {@code access} tasks on each simulated round trip.
     */
    @Test
    void clickingBuildsTheFileInTheBackgroundAndShowsTheLinkWhenDone() throws InterruptedException {
        login("utvarderare");
        ReportView view = navigate(ReportView.class);

        view.pdf.click();

        assertThat(view.progress.isVisible()).as("busy while building").isTrue();
        assertThat(view.pdf.isEnabled()).isFalse();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(500);
        awaitStatusChange(view, view.getTranslation("reports.view.working"));
        assertThat(view.status.getText()).startsWith("Klar: uppfoljning-rapport_").endsWith(".pdf");
        assertThat(_get(Anchor.class, spec -> spec.withId("report-download")).getText())
                .isEqualTo(view.status.getText().substring("Klar: ".length()));
        assertThat(view.progress.isVisible()).isFalse();
        assertThat(view.pdf.isEnabled()).isTrue();
        assertThat(UI.getCurrent().getPollInterval()).as("polling stops").isEqualTo(-1);
    }

    @Test
    void aFailedBuildShowsACalmMessageAndFreesTheButtons() throws InterruptedException {
        login("utvarderare");
        ReportView view = navigate(ReportView.class);

        view.generate(request -> {
            throw new IllegalStateException("planted failure");
        });

        awaitStatusChange(view, view.getTranslation("reports.view.working"));
        assertThat(view.status.getText()).isEqualTo(view.getTranslation("base.error.unexpected", "report"));
        assertThat(view.downloads.getChildren()).isEmpty();
        assertThat(view.pdf.isEnabled()).isTrue();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }

    /** Simulates the browser's polls until the status leaves {@code working}; fails after 60 s. */
    private static void awaitStatusChange(ReportView view, String working) throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (view.status.getText().equals(working)) {
            assertThat(System.nanoTime()).as("the report was not built within 60 s").isLessThan(deadline);
            Thread.sleep(20);
            com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip(false);
        }
    }
}
