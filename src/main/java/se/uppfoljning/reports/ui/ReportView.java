package se.uppfoljning.reports.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
import org.springframework.security.core.context.SecurityContextHolder;
import se.uppfoljning.base.ui.DateField;
import se.uppfoljning.base.ui.Downloads;
import se.uppfoljning.base.BusinessException;
import se.uppfoljning.base.Roles;
import se.uppfoljning.base.ui.MainLayout;
import se.uppfoljning.reports.EvaluationReportService;
import se.uppfoljning.reports.ReportFile;
import se.uppfoljning.reports.ReportRequest;

/**
 * The evaluator chooses a school year and a language and gets the evaluation report or an export of everything
 * in their data scope for that year (the fixed publication unit, issue #12.4). Files are built in the background while a progress bar shows; the page stays usable.
 */
@Route(value = "reports", layout = MainLayout.class)
@Menu(title = "reports.view.menu", order = 50)
@RolesAllowed({Roles.ADMIN, Roles.EVALUATOR})
class ReportView extends VerticalLayout implements HasDynamicTitle {

    private final EvaluationReportService reports;
    private final Executor executor;
    /** The school year by the calendar year it starts in (2025 = 2025/26): the report's fixed period. */
    final Select<Integer> schoolYear = new Select<>();
    final Select<Locale> language = new Select<>();
    final Button pdf = new Button();
    final Button xlsx = new Button();
    final Button csv = new Button();
    final Button statistics = new Button();
    final ProgressBar progress = new ProgressBar();
    final Paragraph status = new Paragraph();
    final Div downloads = new Div();

    public ReportView(EvaluationReportService reports, Clock clock) {
        this.reports = reports;
        this.executor = new DelegatingSecurityContextExecutor(CompletableFuture.delayedExecutor(0,
                java.util.concurrent.TimeUnit.MILLISECONDS), SecurityContextHolder.getContext());
        int current = ReportRequest.schoolYearOf(LocalDate.now(clock));
        schoolYear.setLabel(getTranslation("reports.view.school-year"));
        schoolYear.setItems(java.util.stream.IntStream.rangeClosed(current - 5, current).boxed()
                .sorted(java.util.Comparator.reverseOrder()).toList());
        schoolYear.setItemLabelGenerator(y -> y + "/" + String.format("%02d", (y + 1) % 100));
        schoolYear.setValue(current);
        language.setLabel(getTranslation("reports.view.language"));
        language.setItems(Locale.forLanguageTag("sv"), Locale.ENGLISH);
        language.setItemLabelGenerator(l -> "en".equals(l.getLanguage()) ? "English" : "Svenska");
        language.setValue(Locale.forLanguageTag("sv"));
        pdf.setText(getTranslation("reports.view.pdf"));
        pdf.addThemeVariants(ButtonVariant.PRIMARY);
        pdf.setId("report-pdf");
        pdf.addClickListener(e -> generate(reports::pdf));
        xlsx.setText(getTranslation("reports.view.xlsx"));
        xlsx.setId("report-xlsx");
        xlsx.addClickListener(e -> generate(reports::xlsx));
        csv.setText(getTranslation("reports.view.csv"));
        csv.setId("report-csv");
        csv.addClickListener(e -> generate(reports::csv));
        statistics.setText(getTranslation("reports.view.statistics"));
        statistics.setId("report-statistics");
        statistics.addClickListener(e -> generate(reports::statisticsBundle));
        boolean evaluator = com.vaadin.flow.server.VaadinService.getCurrentRequest() != null
                && com.vaadin.flow.server.VaadinService.getCurrentRequest().isUserInRole(Roles.EVALUATOR);
        xlsx.setVisible(evaluator);
        csv.setVisible(evaluator);
        statistics.setVisible(evaluator);
        progress.setIndeterminate(true);
        progress.setVisible(false);
        status.getElement().setAttribute("role", "status");
        downloads.setId("report-downloads");

        HorizontalLayout period = new HorizontalLayout(schoolYear, language, pdf, xlsx, csv, statistics);
        period.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        period.setWrap(true);
        add(new H2(getTranslation("reports.view.title")), new Paragraph(getTranslation("reports.view.intro")),
                period, progress, status, downloads);
    }

    ReportRequest request() {
        return ReportRequest.schoolYear(schoolYear.getValue(), language.getValue());
    }

    void generate(Function<ReportRequest, ReportFile> build) {
        ReportRequest request = request();
        UI ui = UI.getCurrent();
        setBusy(true);
        status.setText(getTranslation("reports.view.working"));
        ui.setPollInterval(500);
        CompletableFuture.supplyAsync(() -> build.apply(request), executor).whenComplete((file, error) -> ui.access(() -> {
            ui.setPollInterval(-1);
            setBusy(false);
            if (error != null) {
                Throwable cause = error.getCause() != null ? error.getCause() : error;
                status.setText(cause instanceof BusinessException be ? getTranslation(be.messageKey(), be.args())
                        : getTranslation("base.error.unexpected", "report"));
                return;
            }
            showDownload(file);
        }));
    }

    void showDownload(ReportFile file) {
        status.setText(getTranslation("reports.view.ready", file.fileName()));
        Anchor link = new Anchor(download(file), file.fileName());
        link.setId("report-download");
        downloads.removeAll();
        downloads.add(link);
    }

    /** The file as a download; the audit trail records it once it has been sent in full. */
    DownloadHandler download(ReportFile file) {
        return Downloads.recorded(file.bytes(), file.fileName(), file.contentType(), () -> reports.downloaded(file));
    }

    private void setBusy(boolean busy) {
        progress.setVisible(busy);
        pdf.setEnabled(!busy);
        xlsx.setEnabled(!busy);
        csv.setEnabled(!busy);
        statistics.setEnabled(!busy);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reports.view.title");
    }
}
