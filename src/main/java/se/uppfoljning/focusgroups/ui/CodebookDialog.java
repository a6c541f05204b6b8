package se.uppfoljning.focusgroups.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.List;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import se.uppfoljning.base.BusinessException;
import se.uppfoljning.base.ui.Notifications;
import se.uppfoljning.focusgroups.CodeData;
import se.uppfoljning.focusgroups.CodeItem;
import se.uppfoljning.focusgroups.CodebookImport;
import se.uppfoljning.focusgroups.CodebookService;
import se.uppfoljning.focusgroups.MergeResult;
import se.uppfoljning.focusgroups.QdaExportService;

/**
 * A project's codebook: add codes, rename the selected one, or merge it into another (its notes and quotes
 * then carry the other code, and it is removed); take the codebook to a QDA tool as a REFI-QDA codebook
 * ({@code .qdc}) or bring one in (merged by name; conflicts are listed, an invalid file changes nothing).
 */
public class CodebookDialog extends Dialog {

    private final CodebookService codebook;
    private final long projectId;
    private final Runnable onChange;
    final Grid<CodeItem> grid = new Grid<>();
    final TextField name = new TextField();
    final TextField description = new TextField();
    final Button add = new Button();
    final Button rename = new Button();
    final ComboBox<CodeItem> mergeInto = new ComboBox<>();
    final Button merge = new Button();
    final Button close = new Button();
    final Paragraph mergeInfo = new Paragraph();
    final Button exportQdc = new Button();
    final Div exportLink = new Div();
    final Upload importQdc = new Upload();
    final Paragraph importInfo = new Paragraph();
    final UnorderedList importConflicts = new UnorderedList();
    private final QdaExportService qda;

    public CodebookDialog(CodebookService codebook, QdaExportService qda, long projectId, Runnable onChange) {
        this.codebook = codebook;
        this.qda = qda;
        this.projectId = projectId;
        this.onChange = onChange;
        setHeaderTitle(getTranslation("focusgroups.codebook.title"));
        setWidth("min(56em, 95vw)");
        grid.addColumn(CodeItem::name).setHeader(getTranslation("focusgroups.codebook.name")).setKey("name")
                .setAutoWidth(true);
        grid.addColumn(c -> c.description() == null ? "" : c.description())
                .setHeader(getTranslation("focusgroups.codebook.description")).setKey("description");
        grid.addColumn(CodeItem::usage).setHeader(getTranslation("focusgroups.codebook.usage")).setKey("usage")
                .setAutoWidth(true);
        grid.setAriaLabel(getTranslation("focusgroups.codebook.title"));
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> select(e.getValue()));

        name.setLabel(getTranslation("focusgroups.codebook.name"));
        name.setMaxLength(CodeData.NAME_MAX_LENGTH);
        name.setRequiredIndicatorVisible(true);
        // The service validates; the field's own check would turn it red when it is emptied after a successful add.
        name.setManualValidation(true);
        description.setManualValidation(true);
        description.setLabel(getTranslation("focusgroups.codebook.description"));
        description.setMaxLength(CodeData.DESCRIPTION_MAX_LENGTH);
        add.setText(getTranslation("focusgroups.codebook.add"));
        add.addClickListener(e -> create());
        rename.setText(getTranslation("focusgroups.codebook.rename"));
        rename.addClickListener(e -> rename());
        mergeInto.setLabel(getTranslation("focusgroups.codebook.merge-into"));
        mergeInto.setItemLabelGenerator(CodeItem::name);
        merge.setText(getTranslation("focusgroups.codebook.merge"));
        merge.addThemeVariants(ButtonVariant.ERROR);
        merge.addClickListener(e -> merge());
        close.setText(getTranslation("focusgroups.codebook.close"));
        close.addClickListener(e -> close());
        FormLayout edit = new FormLayout(name, description);
        HorizontalLayout mergeRow = new HorizontalLayout(mergeInto, merge);
        mergeRow.setDefaultVerticalComponentAlignment(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        VerticalLayout layout = new VerticalLayout(grid, edit, new HorizontalLayout(add, rename),
                new H3(getTranslation("focusgroups.codebook.merge-title")),
                new Paragraph(getTranslation("focusgroups.codebook.merge-help")), mergeRow, mergeInfo,
                exchangeSection());
        layout.setPadding(false);
        add(layout);
        getFooter().add(close);
        refresh();
        select(null);
    }

    private VerticalLayout exchangeSection() {
        exportQdc.setText(getTranslation("focusgroups.qda.codebook.export"));
        exportQdc.addClickListener(e -> exportQdc());
        importQdc.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> importQdc(metadata.fileName(), bytes)));
        importQdc.setMaxFiles(1);
        importQdc.setMaxFileSize(CodebookService.QDC_MAX_BYTES);
        importQdc.setAcceptedFileTypes(".qdc", "application/xml", "text/xml");
        importQdc.setUploadButton(new Button(getTranslation("focusgroups.qda.codebook.import")));
        importQdc.setDropLabel(new Span(getTranslation("focusgroups.qda.codebook.drop")));
        importQdc.setI18n(new UploadI18N().setError(new UploadI18N.Error()
                .setFileIsTooBig(getTranslation("focusgroups.qda.codebook.too-large", CodebookService.QDC_MAX_BYTES / 1024))
                .setIncorrectFileType(getTranslation("focusgroups.qda.codebook.file-type"))
                .setTooManyFiles(getTranslation("focusgroups.qda.codebook.file-type"))));
        importInfo.getElement().setAttribute("role", "status");
        VerticalLayout section = new VerticalLayout(new H3(getTranslation("focusgroups.qda.codebook.title")),
                new Paragraph(getTranslation("focusgroups.qda.codebook.help")), exportQdc, exportLink, importQdc,
                importInfo, importConflicts);
        section.setPadding(false);
        return section;
    }

    void exportQdc() {
        exportLink.removeAll();
        try {
            exportLink.add(QdaExportView.QdaDownloads.link(qda, qda.codebook(projectId)));
        } catch (BusinessException e) {
            Notifications.error(e.messageKey(), e.args());
        }
    }

    void importQdc(String fileName, byte[] bytes) {
        importConflicts.removeAll();
        try {
            CodebookImport result = codebook.importQdc(projectId, fileName, bytes);
            importInfo.setText(getTranslation("focusgroups.qda.codebook.imported", result.added().size(),
                    result.unchanged().size(), result.conflicts().size()));
            result.conflicts().forEach(c -> importConflicts.add(new ListItem(getTranslation(
                    "focusgroups.qda.conflict." + c.kind(), c.name(), c.line(), c.ours() == null ? "–" : c.ours(),
                    c.theirs() == null ? "–" : c.theirs()))));
            refresh();
            onChange.run();
        } catch (BusinessException e) {
            importInfo.setText(getTranslation(e.messageKey(), e.args()));
        }
    }

    private void refresh() {
        List<CodeItem> items = codebook.codes(projectId);
        grid.setItems(items);
        mergeInto.setItems(items);
    }

    private void select(CodeItem code) {
        rename.setEnabled(code != null);
        merge.setEnabled(code != null);
        mergeInto.setEnabled(code != null);
        if (code != null) {
            name.setValue(code.name());
            description.setValue(code.description() == null ? "" : code.description());
        }
    }

    void create() {
        name.setInvalid(false);
        description.setInvalid(false);
        try {
            codebook.create(projectId, new CodeData(name.getValue(), description.getValue()));
            Notifications.success("focusgroups.codebook.added", name.getValue().strip());
            name.clear();
            description.clear();
            refresh();
            onChange.run();
        } catch (BusinessException e) {
            showError(e);
        }
    }

    void rename() {
        CodeItem selected = grid.asSingleSelect().getValue();
        if (selected == null) {
            return;
        }
        name.setInvalid(false);
        try {
            codebook.rename(selected.id(), new CodeData(name.getValue(), description.getValue()), selected.version());
            refresh();
            onChange.run();
        } catch (BusinessException e) {
            showError(e);
        } catch (ObjectOptimisticLockingFailureException e) {
            Notifications.error("base.error.concurrent-edit");
            refresh();
        }
    }

    void merge() {
        CodeItem from = grid.asSingleSelect().getValue();
        CodeItem into = mergeInto.getValue();
        mergeInto.setInvalid(false);
        if (from == null || into == null) {
            mergeInto.setErrorMessage(getTranslation("base.error.required"));
            mergeInto.setInvalid(true);
            return;
        }
        try {
            MergeResult result = codebook.merge(from.id(), into.id());
            mergeInfo.setText(getTranslation("focusgroups.codebook.merged", from.name(), into.name(),
                    result.notesRetagged(), result.quotesRetagged()));
            refresh();
            onChange.run();
        } catch (BusinessException e) {
            if ("into".equals(e.field())) {
                mergeInto.setErrorMessage(getTranslation(e.messageKey(), e.args()));
                mergeInto.setInvalid(true);
            } else {
                Notifications.error(e.messageKey(), e.args());
            }
        }
    }

    private void showError(BusinessException e) {
        if ("name".equals(e.field())) {
            name.setErrorMessage(getTranslation(e.messageKey(), e.args()));
            name.setInvalid(true);
        } else if ("description".equals(e.field())) {
            description.setErrorMessage(getTranslation(e.messageKey(), e.args()));
            description.setInvalid(true);
        } else {
            Notifications.error(e.messageKey(), e.args());
        }
    }
}
