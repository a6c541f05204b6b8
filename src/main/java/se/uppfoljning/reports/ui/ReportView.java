package se.uppfoljning.reports.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
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
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
import org.springframework.security.core.context.SecurityContextHolder;
import se.uppfoljning.base.BusinessException;
import se.uppfoljning.base.Roles;
import se.uppfoljning.base.ui.MainLayout;
import se.uppfoljning.reports.EvaluationReportService;
import se.uppfoljning.reports.ReportFile;
import se.uppfoljning.reports.ReportOptions;
import se.uppfoljning.reports.ReportRequest;

/**
 * The evaluator chooses projects, districts, schools, a period and a language and gets the evaluation report or
 * an export. Files are built in the background while a progress bar shows; the page stays usable.
 */
@Route(value = "reports", layout = MainLayout.class)
@Menu(title = "reports.view.menu", order = 50)
@RolesAllowed({Roles.ADMIN, Roles.EVALUATOR})
public class ReportView extends VerticalLayout implements HasDynamicTitle {

    private final EvaluationReportService reports;
    private final Executor executor;
    final MultiSelectComboBox<ReportOptions.Option> projects = new MultiSelectComboBox<>();
    final MultiSelectComboBox<ReportOptions.Option> districts = new MultiSelectComboBox<>();
    final MultiSelectComboBox<ReportOptions.Option> schools = new MultiSelectComboBox<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Select<Locale> language = new Select<>();
    final Button pdf = new Button();
    final Button xlsx = new Button();
    final Button csv = new Button();
    final Button statistics = new Button();
    final ProgressBar progress = new ProgressBar();
    final Paragraph status = new Paragraph();
    final Div downloads = new Div();

    public ReportView(EvaluationReportService reports) {
        this.reports = reports;
        this.executor = new DelegatingSecurityContextExecutor(CompletableFuture.delayedExecutor(0,
                java.util.concurrent.TimeUnit.MILLISECONDS), SecurityContextHolder.getContext());
        ReportOptions options = reports.options();
        Function<ReportOptions.Option, String> name = ReportOptions.Option::name;
        projects.setLabel(getTranslation("reports.view.projects"));
        projects.setItems(options.projects());
        projects.setItemLabelGenerator(name::apply);
        districts.setLabel(getTranslation("reports.view.districts"));
        districts.setItems(options.districts());
        districts.setItemLabelGenerator(name::apply);
        schools.setLabel(getTranslation("reports.view.schools"));
        schools.setItems(options.schools());
        schools.setItemLabelGenerator(name::apply);
        for (MultiSelectComboBox<?> box : new MultiSelectComboBox<?>[] {projects, districts, schools}) {
            box.setHelperText(getTranslation("reports.view.all-if-empty"));
            box.setWidth("20em");
        }
        from.setLabel(getTranslation("reports.view.from"));
        to.setLabel(getTranslation("reports.view.to"));
        from.setValue(LocalDate.now().minusYears(1).withDayOfMonth(1));
        to.setValue(LocalDate.now());
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

        HorizontalLayout scope = new HorizontalLayout(projects, districts, schools);
        scope.setWrap(true);
        HorizontalLayout period = new HorizontalLayout(from, to, language, pdf, xlsx, csv, statistics);
        period.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        period.setWrap(true);
        add(new H2(getTranslation("reports.view.title")), new Paragraph(getTranslation("reports.view.intro")),
                scope, period, progress, status, downloads);
    }

    ReportRequest request() {
        return new ReportRequest(ids(projects), ids(districts), ids(schools), from.getValue(), to.getValue(),
                language.getValue());
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
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(file.bytes()), file.fileName(), file.contentType(), file.bytes().length)),
                file.fileName());
        link.setId("report-download");
        downloads.removeAll();
        downloads.add(link);
    }

    private void setBusy(boolean busy) {
        progress.setVisible(busy);
        pdf.setEnabled(!busy);
        xlsx.setEnabled(!busy);
        csv.setEnabled(!busy);
        statistics.setEnabled(!busy);
    }

    private static java.util.Set<Long> ids(MultiSelectComboBox<ReportOptions.Option> box) {
        return box.getValue().stream().map(ReportOptions.Option::id).collect(Collectors.toSet());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reports.view.title");
    }
}
