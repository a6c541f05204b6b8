package se.uppfoljning.focusgroups.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.function.Supplier;
import se.uppfoljning.base.BusinessException;
import se.uppfoljning.base.Roles;
import se.uppfoljning.base.i18n.Translations;
import se.uppfoljning.base.ui.DateField;
import se.uppfoljning.base.ui.Downloads;
import se.uppfoljning.base.ui.MainLayout;
import se.uppfoljning.cases.ProjectListItem;
import se.uppfoljning.cases.ReferenceDataService;
import se.uppfoljning.focusgroups.FocusGroupReport;
import se.uppfoljning.focusgroups.QdaExportService;
import se.uppfoljning.focusgroups.QdaFile;

/**
 * Evaluators take the finalised focus groups and project interviews of their scope to a QDA tool (NVivo,
 * ATLAS.ti, MAXQDA, QualCoder) as a REFI-QDA project, optionally for one project and a period; or one project's
 * codebook as a REFI-QDA codebook. Each file is audited when built and when downloaded.
 */
@Route(value = "focus-groups/refi-qda", layout = MainLayout.class)
@Menu(title = "focusgroups.qda.menu", order = 21)
@RolesAllowed({Roles.ADMIN, Roles.EVALUATOR})
class QdaExportView extends VerticalLayout implements HasDynamicTitle {

    private final QdaExportService qda;
    final ComboBox<ProjectListItem> project = new ComboBox<>();
    final DateField from = new DateField();
    final DateField to = new DateField();
    final Select<Locale> language = new Select<>();
    final Button exportProject = new Button();
    final Button exportCodebook = new Button();
    final Paragraph status = new Paragraph();
    final Div downloads = new Div();

    public QdaExportView(QdaExportService qda, ReferenceDataService reference) {
        this.qda = qda;
        project.setLabel(getTranslation("focusgroups.session.project"));
        project.setItems(reference.projects());
        project.setItemLabelGenerator(ProjectListItem::name);
        project.setClearButtonVisible(true);
        project.setPlaceholder(getTranslation("focusgroups.qda.view.all-projects"));
        project.addValueChangeListener(e -> exportCodebook.setEnabled(e.getValue() != null));
        from.setLabel(getTranslation("focusgroups.qda.view.from"));
        to.setLabel(getTranslation("focusgroups.qda.view.to"));
        language.setLabel(getTranslation("focusgroups.qda.view.language"));
        language.setItems(Translations.SWEDISH, Translations.ENGLISH);
        language.setItemLabelGenerator(l -> "en".equals(l.getLanguage()) ? "English" : "Svenska");
        language.setValue(Translations.SWEDISH);
        exportProject.setText(getTranslation("focusgroups.qda.view.project"));
        exportProject.addThemeVariants(ButtonVariant.PRIMARY);
        exportProject.addClickListener(e -> build(() -> qda.project(new FocusGroupReport.Filter(
                project.getValue() == null ? null : project.getValue().id(), from.getValue(), to.getValue()),
                language.getValue())));
        exportCodebook.setText(getTranslation("focusgroups.qda.view.codebook"));
        exportCodebook.setEnabled(false);
        exportCodebook.addClickListener(e -> build(() -> qda.codebook(project.getValue().id())));
        status.getElement().setAttribute("role", "status");

        HorizontalLayout choice = new HorizontalLayout(project, from, to, language);
        choice.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        choice.setWrap(true);
        add(new H2(getTranslation("focusgroups.qda.view.title")),
                new Paragraph(getTranslation("focusgroups.qda.view.intro")), choice,
                new HorizontalLayout(exportProject, exportCodebook), status, downloads);
    }

    void build(Supplier<QdaFile> build) {
        downloads.removeAll();
        try {
            QdaFile file = build.get();
            status.setText(getTranslation("focusgroups.qda.view.ready", file.fileName()));
            downloads.add(QdaDownloads.link(qda, file));
        } catch (BusinessException e) {
            status.setText(getTranslation(e.messageKey(), e.args()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("focusgroups.qda.view.title");
    }

    /** The download link both this view and the codebook dialog show; the download itself is audited. */
    static final class QdaDownloads {
        private QdaDownloads() {
        }

        static Anchor link(QdaExportService qda, QdaFile file) {
            Anchor link = new Anchor(Downloads.recorded(file.bytes(), file.fileName(), file.contentType(),
                    () -> qda.downloaded(file)), file.fileName());
            link.setId("qda-download");
            return link;
        }
    }
}
