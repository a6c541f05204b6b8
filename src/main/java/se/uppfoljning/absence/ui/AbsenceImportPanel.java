package se.uppfoljning.absence.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import se.uppfoljning.absence.AbsenceService;
import se.uppfoljning.absence.ImportMode;
import se.uppfoljning.absence.ImportPreview;
import se.uppfoljning.absence.ImportResult;
import se.uppfoljning.absence.PreviewRow;
import se.uppfoljning.base.BusinessException;
import se.uppfoljning.base.ui.Notifications;

/** The CSV import of {@link AbsenceView}: upload a file, check the preview row by row, import. */
class AbsenceImportPanel extends Composite<VerticalLayout> {

    private final AbsenceService absence;
    private final Runnable afterImport;

    final Upload upload = new Upload();
    final Paragraph importSummary = new Paragraph();
    final Grid<PreviewRow> preview = new Grid<>();
    final Button importValid = new Button();
    final Button importAll = new Button();
    final Button clearImport = new Button();

    private byte[] pendingFile;

    /** {@code afterImport} runs once rows were imported, e.g. to show the chosen case's months again. */
    AbsenceImportPanel(AbsenceService absence, Runnable afterImport) {
        this.absence = absence;
        this.afterImport = afterImport;
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
        preview.addColumn(r -> AbsenceView.hours(r.hoursOffered(), getLocale()))
                .setHeader(getTranslation("absence.grid.offered")).setKey("offered");
        preview.addColumn(r -> AbsenceView.hours(r.unauthorised(), getLocale()))
                .setHeader(getTranslation("absence.grid.unauthorised")).setKey("unauthorised");
        preview.addColumn(r -> AbsenceView.hours(r.authorised(), getLocale()))
                .setHeader(getTranslation("absence.grid.authorised")).setKey("authorised");
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
        VerticalLayout section = getContent();
        section.add(new H3(getTranslation("absence.import.title")),
                helpText(getTranslation("absence.import.help")), upload, importSummary, preview,
                new HorizontalLayout(importValid, importAll, clearImport));
        section.setPadding(false);
        clearPreview();
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
            afterImport.run();
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
}
