package se.uppfoljning.focusgroups.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.uppfoljning.base.Roles;
import se.uppfoljning.base.ui.MainLayout;
import se.uppfoljning.cases.ProjectListItem;
import se.uppfoljning.cases.ReferenceDataService;
import se.uppfoljning.focusgroups.CodebookService;
import se.uppfoljning.focusgroups.FocusGroupService;
import se.uppfoljning.focusgroups.QdaExportService;
import se.uppfoljning.focusgroups.SessionListItem;

/** The focus-group sessions the user may see, newest first, with a way to start one and to open a codebook. */
@Route(value = "focus-groups", layout = MainLayout.class)
@Menu(title = "focusgroups.menu", order = 20)
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.FACILITATOR})
class FocusGroupListView extends VerticalLayout implements HasDynamicTitle {

    private final FocusGroupService focusGroups;
    final ComboBox<ProjectListItem> project = new ComboBox<>();
    final Grid<SessionListItem> grid = new Grid<>();
    final Button create = new Button();
    final Button codebookButton = new Button();

    public FocusGroupListView(FocusGroupService focusGroups, CodebookService codebook, QdaExportService qda,
                              ReferenceDataService reference) {
        this.focusGroups = focusGroups;
        setSizeFull();
        project.setLabel(getTranslation("focusgroups.session.project"));
        project.setItems(reference.projects());
        project.setItemLabelGenerator(ProjectListItem::name);
        project.setClearButtonVisible(true);
        project.addValueChangeListener(e -> {
            refresh();
            codebookButton.setEnabled(e.getValue() != null);
        });
        grid.addColumn(SessionListItem::heldOn).setHeader(getTranslation("focusgroups.list.date")).setKey("date")
                .setAutoWidth(true);
        grid.addColumn(SessionListItem::projectName).setHeader(getTranslation("focusgroups.session.project"))
                .setKey("project");
        grid.addColumn(s -> s.schoolName() != null ? s.schoolName()
                : s.districtName() != null ? s.districtName() : getTranslation("focusgroups.list.whole-project"))
                .setHeader(getTranslation("focusgroups.list.place")).setKey("place");
        grid.addColumn(SessionListItem::participantTotal).setHeader(getTranslation("focusgroups.list.participants"))
                .setKey("participants").setAutoWidth(true);
        grid.addColumn(SessionListItem::noteCount).setHeader(getTranslation("focusgroups.list.notes"))
                .setKey("notes").setAutoWidth(true);
        grid.addColumn(SessionListItem::quoteCount).setHeader(getTranslation("focusgroups.list.quotes"))
                .setKey("quotes").setAutoWidth(true);
        grid.addColumn(s -> getTranslation("focusgroups.status." + s.status())).setHeader(
                getTranslation("focusgroups.list.status")).setKey("status").setAutoWidth(true);
        grid.setAriaLabel(getTranslation("focusgroups.list.title"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(FocusGroupSessionView.class,
                e.getItem().id())));
        create.setText(getTranslation("focusgroups.list.new"));
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(FocusGroupSessionView.class, 0L)));
        codebookButton.setText(getTranslation("focusgroups.codebook.open"));
        codebookButton.setEnabled(false);
        codebookButton.addClickListener(e -> new CodebookDialog(codebook, qda, project.getValue().id(), () -> { })
                .open());
        HorizontalLayout bar = new HorizontalLayout(project, create, codebookButton);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("focusgroups.list.title")), new Paragraph(getTranslation("focusgroups.list.intro")),
                bar, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(focusGroups.list(project.getValue() == null ? null : project.getValue().id()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("focusgroups.list.title");
    }
}
