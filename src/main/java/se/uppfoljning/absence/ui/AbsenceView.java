package se.uppfoljning.absence.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import se.uppfoljning.absence.AbsenceData;
import se.uppfoljning.absence.AbsenceMonthItem;
import se.uppfoljning.absence.AbsenceService;
import se.uppfoljning.absence.CaseAbsence;
import se.uppfoljning.absence.ImportMode;
import se.uppfoljning.absence.ImportPreview;
import se.uppfoljning.absence.ImportResult;
import se.uppfoljning.absence.PreviewRow;
import se.uppfoljning.absence.ThresholdFlag;
import se.uppfoljning.base.BusinessException;
import se.uppfoljning.base.Roles;
import se.uppfoljning.base.ui.MainLayout;
import se.uppfoljning.base.ui.Notifications;
import se.uppfoljning.cases.CaseDetails;
import se.uppfoljning.cases.CaseFilter;
import se.uppfoljning.cases.CaseService;
import se.uppfoljning.cases.ProjectListItem;
import se.uppfoljning.cases.ReferenceDataService;
import se.uppfoljning.cases.SchoolItem;

/**
 * Monthly absence: choose a case (project, school, case, or type its code), see its months with attendance
 * and threshold flags, add or change a month; or read a CSV file, check the preview row by row and import.
 */
@Route(value = "absence", layout = MainLayout.class)
@Menu(title = "absence.menu", order = 30)
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.SCHOOL_REPORTER})
public class AbsenceView extends VerticalLayout implements HasDynamicTitle {

    private static final int MAX_CASES_IN_LIST = 500;
    private final AbsenceService absence;
    private final CaseService cases;
    private final List<ProjectListItem> projects;

    final ComboBox<ProjectListItem> project = new ComboBox<>();
    final ComboBox<SchoolItem> school = new ComboBox<>();
    final ComboBox<CaseDetails> caseChoice = new ComboBox<>();
    final TextField code = new TextField();
    final Button showCode = new Button();

    final VerticalLayout caseSection = new VerticalLayout();
    final H3 caseTitle = new H3();
    final Paragraph casePeriod = new Paragraph();
    final Paragraph thresholds = new Paragraph();
    final Grid<AbsenceMonthItem> months = new Grid<>();
    final Button newMonth = new Button();
    final H3 formTitle = new H3();
    final AbsenceMonthForm form = new AbsenceMonthForm();
    final Button save = new Button();
    final Button delete = new Button();
    final Button cancel = new Button();
    final VerticalLayout formSection = new VerticalLayout();

    final Upload upload = new Upload();
    final Paragraph importSummary = new Paragraph();
    final Grid<PreviewRow> preview = new Grid<>();
    final Button importValid = new Button();
    final Button importAll = new Button();
    final Button clearImport = new Button();

    private CaseAbsence shown;
    private AbsenceMonthItem editing;
    private byte[] pendingFile;

    public AbsenceView(AbsenceService absence, CaseService cases, ReferenceDataService reference) {
        this.absence = absence;
        this.cases = cases;
        this.projects = reference.projects();
        setWidthFull();
        add(new H2(getTranslation("absence.view.title")), new Paragraph(getTranslation("absence.view.intro")));
        add(chooser(), caseSection(), importSection());
        showCase(null);
    }

    private HorizontalLayout chooser() {
        project.setLabel(getTranslation("absence.view.project"));
        project.setItems(projects);
        project.setItemLabelGenerator(ProjectListItem::name);
        project.addValueChangeListener(e -> {
            school.clear();
            school.setItems(e.getValue() == null ? List.of() : e.getValue().schools());
            refreshCaseChoice();
        });
        school.setLabel(getTranslation("absence.view.school"));
        school.setItemLabelGenerator(SchoolItem::name);
        school.setClearButtonVisible(true);
        school.addValueChangeListener(e -> refreshCaseChoice());
        caseChoice.setLabel(getTranslation("absence.view.case"));
        caseChoice.setItemLabelGenerator(CaseDetails::caseCode);
        caseChoice.addValueChangeListener(e -> {
            if (e.isFromClient() || e.getValue() != null) {
                select(e.getValue() == null ? null : e.getValue().id());
            }
        });
        code.setLabel(getTranslation("absence.view.code"));
        code.setHelperText(getTranslation("absence.view.code.helper"));
        code.setClearButtonVisible(true);
        showCode.setText(getTranslation("absence.view.show-code"));
        showCode.addClickListener(e -> showByCode());
        code.addKeyPressListener(com.vaadin.flow.component.Key.ENTER, e -> showByCode());
        HorizontalLayout row = new HorizontalLayout(project, school, caseChoice, code, showCode);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    private VerticalLayout caseSection() {
        months.addColumn(m -> m.figures().month().toString()).setHeader(getTranslation("absence.grid.month"))
                .setKey("month").setAutoWidth(true);
        months.addColumn(m -> hours(m.figures().hoursOffered())).setHeader(getTranslation("absence.grid.offered"))
                .setKey("offered");
        months.addColumn(m -> hours(m.figures().unauthorised()))
                .setHeader(getTranslation("absence.grid.unauthorised")).setKey("unauthorised");
        months.addColumn(m -> hours(m.figures().authorised())).setHeader(getTranslation("absence.grid.authorised"))
                .setKey("authorised");
        months.addColumn(m -> percent(m.figures().attendancePercent()))
                .setHeader(getTranslation("absence.grid.attendance")).setKey("attendance");
        months.addColumn(m -> percent(m.figures().unauthorisedPercent()))
                .setHeader(getTranslation("absence.grid.unauthorised-share")).setKey("unauthorisedShare");
        months.addColumn(this::flags).setHeader(getTranslation("absence.grid.flags")).setKey("flags")
                .setFlexGrow(2);
        months.setAllRowsVisible(true);
        // Flags and reasons are long: wrap them rather than cut them off with "…" (issue #13, item 12).
        months.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        months.setAriaLabel(getTranslation("absence.view.months"));
        months.addItemClickListener(e -> edit(e.getItem()));

        newMonth.setText(getTranslation("absence.view.new-month"));
        newMonth.addClickListener(e -> edit(null));
        save.setText(getTranslation("base.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        delete.setText(getTranslation("absence.form.delete"));
        delete.addThemeVariants(ButtonVariant.ERROR);
        delete.addClickListener(e -> delete());
        cancel.setText(getTranslation("absence.form.cancel"));
        cancel.addClickListener(e -> formSection.setVisible(false));
        formSection.setPadding(false);
        formSection.add(formTitle, form, new HorizontalLayout(save, delete, cancel));
        formSection.setVisible(false);
        caseSection.setPadding(false);
        caseSection.add(caseTitle, casePeriod, thresholds, months, newMonth, formSection);
        return caseSection;
    }

    private VerticalLayout importSection() {
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> showPreview(bytes)));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(5 * 1024 * 1024);
        upload.setAcceptedFileTypes(".csv", "text/csv", "text/plain");
        upload.setDropLabel(new Span(getTranslation("absence.import.drop")));
        Button uploadButton = new Button(getTranslation("absence.import.upload"));
        upload.setUploadButton(uploadButton);
        upload.setI18n(new UploadI18N().setError(new UploadI18N.Error()
                .setFileIsTooBig(getTranslation("absence.import.error.too-large", 5))
                .setIncorrectFileType(getTranslation("absence.import.error.header"))
                .setTooManyFiles(getTranslation("absence.import.error.upload"))));
        upload.addFailedListener(e -> Notifications.error("absence.import.error.upload"));

        preview.addColumn(PreviewRow::line).setHeader(getTranslation("absence.import.line")).setKey("line")
                .setAutoWidth(true);
        preview.addColumn(PreviewRow::caseCode).setHeader(getTranslation("absence.grid.case")).setKey("case")
                .setAutoWidth(true);
        preview.addColumn(r -> r.month() == null ? "" : r.month().toString())
                .setHeader(getTranslation("absence.grid.month")).setKey("month").setAutoWidth(true);
        preview.addColumn(r -> hours(r.hoursOffered())).setHeader(getTranslation("absence.grid.offered"))
                .setKey("offered");
        preview.addColumn(r -> hours(r.unauthorised())).setHeader(getTranslation("absence.grid.unauthorised"))
                .setKey("unauthorised");
        preview.addColumn(r -> hours(r.authorised())).setHeader(getTranslation("absence.grid.authorised"))
                .setKey("authorised");
        preview.addColumn(r -> getTranslation("absence.import.status." + r.status().name()))
                .setHeader(getTranslation("absence.import.status")).setKey("status").setAutoWidth(true);
        preview.addColumn(this::reasons).setHeader(getTranslation("absence.import.reasons")).setKey("reasons")
                .setFlexGrow(3);
        preview.setPartNameGenerator(r -> r.valid() ? null : "row-rejected");
        preview.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        preview.setAriaLabel(getTranslation("absence.import.preview"));
        preview.setHeight("24em");

        importValid.setText(getTranslation("absence.import.valid-only"));
        importValid.addThemeVariants(ButtonVariant.PRIMARY);
        importValid.addClickListener(e -> runImport(ImportMode.VALID_ROWS_ONLY));
        importAll.setText(getTranslation("absence.import.all-or-nothing"));
        importAll.addClickListener(e -> runImport(ImportMode.ALL_OR_NOTHING));
        clearImport.setText(getTranslation("absence.import.clear"));
        clearImport.addThemeVariants(ButtonVariant.TERTIARY);
        clearImport.addClickListener(e -> clearPreview());
        importSummary.getElement().setAttribute("aria-live", "polite");
        VerticalLayout section = new VerticalLayout(new H3(getTranslation("absence.import.title")),
                helpText(getTranslation("absence.import.help")), upload, importSummary, preview,
                new HorizontalLayout(importValid, importAll, clearImport));
        section.setPadding(false);
        clearPreview();
        return section;
    }

    private void refreshCaseChoice() {
        caseChoice.clear();
        if (project.getValue() == null) {
            caseChoice.setItems(List.of());
            return;
        }
        CaseFilter filter = new CaseFilter(project.getValue().id(),
                school.getValue() == null ? null : school.getValue().id(), null, null);
        caseChoice.setItems(cases.list(filter, 0, MAX_CASES_IN_LIST));
    }

    private void showByCode() {
        code.setInvalid(false);
        try {
            CaseDetails found = cases.getByCode(code.getValue());
            select(found.id());
        } catch (BusinessException e) {
            code.setErrorMessage(getTranslation(e.messageKey(), e.args()));
            code.setInvalid(true);
        }
    }

    /** Shows the case's months; null hides the case section. */
    void select(Long caseId) {
        if (caseId == null) {
            showCase(null);
            return;
        }
        try {
            showCase(absence.months(caseId));
        } catch (BusinessException e) {
            Notifications.error(e.messageKey(), e.args());
            showCase(null);
        }
    }

    private void showCase(CaseAbsence c) {
        shown = c;
        formSection.setVisible(false);
        caseSection.setVisible(c != null);
        if (c == null) {
            months.setItems(List.of());
            return;
        }
        caseTitle.setText(getTranslation("absence.view.case-title", c.caseCode()));
        casePeriod.setText(c.lastMonth() == null
                ? getTranslation("absence.view.case-period.open", c.firstMonth().toString())
                : getTranslation("absence.view.case-period", c.firstMonth().toString(), c.lastMonth().toString()));
        String list = c.thresholds().stream().map(t -> t + " %").collect(Collectors.joining(", "));
        thresholds.setText(getTranslation("absence.view.thresholds", list, c.projectThresholdPercent()));
        months.setItems(c.months());
        YearMonth last = lastSelectableMonth(c);
        form.setMonths(c.firstMonth(), last.isAfter(c.currentMonth()) ? c.currentMonth() : last);
    }

    /** The case's end month, or for an open case the end of its project (or three years on). */
    private YearMonth lastSelectableMonth(CaseAbsence c) {
        if (c.lastMonth() != null) {
            return c.lastMonth();
        }
        return projects.stream().filter(p -> p.id() == c.projectId()).findFirst()
                .map(p -> YearMonth.from(p.endDate())).filter(end -> !end.isBefore(c.firstMonth()))
                .orElse(c.firstMonth().plusYears(3));
    }

    /** Opens the form for a stored month, or for a new one when {@code item} is null. */
    void edit(AbsenceMonthItem item) {
        editing = item;
        formSection.setVisible(true);
        delete.setVisible(item != null);
        if (item == null) {
            formTitle.setText(getTranslation("absence.form.title.new"));
            form.setData(new AbsenceData(null, null, BigDecimal.ZERO, BigDecimal.ZERO));
        } else {
            formTitle.setText(getTranslation("absence.form.title.edit", item.figures().month().toString()));
            form.setData(item.data());
        }
        form.month.focus();
    }

    void save() {
        if (shown == null) {
            return;
        }
        try {
            AbsenceData data = form.getData();
            AbsenceMonthItem saved = editing == null ? absence.create(shown.caseId(), data)
                    : absence.update(editing.id(), data, editing.version());
            Notifications.success("absence.form.saved", saved.figures().month().toString());
            select(shown.caseId());
        } catch (BusinessException e) {
            if (!form.showError(e)) {
                Notifications.error(e.messageKey(), e.args());
            }
        } catch (ObjectOptimisticLockingFailureException e) {
            Notifications.error("base.error.concurrent-edit");
        }
    }

    private void delete() {
        if (shown == null || editing == null) {
            return;
        }
        try {
            absence.delete(editing.id(), editing.version());
            Notifications.success("absence.form.deleted", editing.figures().month().toString());
            select(shown.caseId());
        } catch (BusinessException e) {
            Notifications.error(e.messageKey(), e.args());
        } catch (ObjectOptimisticLockingFailureException e) {
            Notifications.error("base.error.concurrent-edit");
        }
    }

    /** Reads an uploaded file and shows what importing it would do. Called by the upload handler. */
    void showPreview(byte[] bytes) {
        clearPreview();
        try {
            ImportPreview p = absence.previewImport(bytes);
            pendingFile = bytes;
            preview.setItems(p.rows());
            preview.setVisible(true);
            importSummary.setText(getTranslation("absence.import.summary", p.rows().size(), p.validCount(),
                    p.newCount(), p.updateCount(), p.rejectedCount()));
            importValid.setEnabled(p.validCount() > 0);
            importAll.setEnabled(p.validCount() > 0);
        } catch (BusinessException e) {
            importSummary.setText(getTranslation(e.messageKey(), e.args()));
            Notifications.error(e.messageKey(), e.args());
        }
    }

    void runImport(ImportMode mode) {
        if (pendingFile == null) {
            return;
        }
        try {
            ImportResult result = absence.importCsv(pendingFile, mode);
            clearPreview();
            importSummary.setText(getTranslation("absence.import.done", result.created(), result.updated(),
                    result.skipped()));
            Notifications.success("absence.import.done", result.created(), result.updated(), result.skipped());
            if (shown != null) {
                select(shown.caseId());
            }
        } catch (BusinessException e) {
            importSummary.setText(getTranslation(e.messageKey(), e.args()));
            Notifications.error(e.messageKey(), e.args());
        } catch (ObjectOptimisticLockingFailureException e) {
            Notifications.error("base.error.concurrent-edit");
        }
    }

    private void clearPreview() {
        pendingFile = null;
        preview.setItems(List.of());
        preview.setVisible(false);
        importSummary.setText("");
        importValid.setEnabled(false);
        importAll.setEnabled(false);
        upload.clearFileList();
    }

    /** A help paragraph whose long unbroken parts (the CSV header line) wrap at 320 px. */
    private static Paragraph helpText(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("help-text");
        return p;
    }

    private String reasons(PreviewRow r) {
        return r.reasons().stream().map(reason -> getTranslation(reason.messageKey(), reason.args().toArray()))
                .collect(Collectors.joining(" "));
    }

    private String flags(AbsenceMonthItem m) {
        List<ThresholdFlag> reached = m.flags().stream().filter(ThresholdFlag::reached).toList();
        if (m.figures().absencePercent() == null) {
            return getTranslation("absence.grid.no-teaching");
        }
        if (reached.isEmpty()) {
            return getTranslation("absence.flag.none", m.flags().getFirst().percent());
        }
        return reached.stream().map(f -> getTranslation(f.projectThreshold() ? "absence.flag.reached-project"
                : "absence.flag.reached", f.percent())).collect(Collectors.joining(", "));
    }

    private String hours(BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(getLocale());
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        return f.format(value);
    }

    private String percent(BigDecimal value) {
        return value == null ? getTranslation("absence.grid.no-teaching") : hours(value) + " %";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("absence.view.title");
    }
}
