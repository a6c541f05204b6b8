package se.uppfoljning.reports.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;
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
}
