package se.uppfoljning.cases.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import se.uppfoljning.base.Roles;
import se.uppfoljning.base.ui.MainLayout;
import se.uppfoljning.cases.CaseDetails;
import se.uppfoljning.cases.CaseFilter;
import se.uppfoljning.cases.CaseService;
import se.uppfoljning.cases.CaseStatus;
import se.uppfoljning.cases.ProjectListItem;
import se.uppfoljning.cases.ReferenceDataService;
import se.uppfoljning.cases.SchoolItem;

@Route(value = "cases", layout = MainLayout.class)
@Menu(title = "cases.list.menu", order = 10)
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.FACILITATOR})
class CaseListView extends VerticalLayout implements HasDynamicTitle {

    final ComboBox<ProjectListItem> project = new ComboBox<>();
    final ComboBox<SchoolItem> school = new ComboBox<>();
    final Select<CaseStatus> status = new Select<>();
    final TextField code = new TextField();
    final Grid<CaseDetails> grid = new Grid<>();
    final Button create = new Button();

    public CaseListView(CaseService cases, ReferenceDataService reference, AuthenticationContext auth) {
        setSizeFull();
        project.setLabel(getTranslation("cases.field.project"));
        project.setItems(reference.projects());
        project.setItemLabelGenerator(ProjectListItem::name);
        project.setClearButtonVisible(true);
        project.addValueChangeListener(e -> {
            school.clear();
            school.setItems(e.getValue() == null ? java.util.List.of() : e.getValue().schools());
        });
        school.setLabel(getTranslation("cases.field.school"));
        school.setItemLabelGenerator(SchoolItem::name);
        school.setClearButtonVisible(true);
        status.setLabel(getTranslation("cases.field.status"));
        status.setItems(CaseStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setItemLabelGenerator(s -> s == null ? getTranslation("cases.list.all") : getTranslation("cases.status." + s.name()));
        code.setLabel(getTranslation("cases.field.code"));
        code.setValueChangeMode(ValueChangeMode.LAZY);
        code.setClearButtonVisible(true);

        DateTimeFormatter date = DateTimeFormatter.ISO_LOCAL_DATE;
        grid.addColumn(CaseDetails::caseCode).setHeader(getTranslation("cases.field.code")).setAutoWidth(true);
        grid.addColumn(CaseDetails::projectName).setHeader(getTranslation("cases.field.project"));
        grid.addColumn(CaseDetails::schoolName).setHeader(getTranslation("cases.field.school"));
        grid.addColumn(c -> c.data().grade()).setHeader(getTranslation("cases.field.grade")).setAutoWidth(true);
        grid.addColumn(c -> getTranslation("cases.gender." + c.data().gender().name())).setHeader(getTranslation("cases.field.gender"));
        grid.addColumn(c -> getTranslation("cases.status." + c.data().status().name())).setHeader(getTranslation("cases.field.status"));
        grid.addColumn(c -> c.data().startDate().format(date)).setHeader(getTranslation("cases.field.start"));
        grid.setItems(query -> cases.list(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> cases.count(filter()));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(CaseEditView.class, e.getItem().id())));
        grid.setAriaLabel(getTranslation("cases.list.title"));

        project.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        school.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        code.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        create.setText(getTranslation("cases.list.new"));
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(CaseEditView.class, 0L)));
        create.setVisible(auth.hasAnyRole(Roles.ADMIN, Roles.COORDINATOR));

        HorizontalLayout filters = new HorizontalLayout(project, school, status, code, create);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new H2(getTranslation("cases.list.title")), filters, grid);
        setFlexGrow(1, grid);
    }

    private CaseFilter filter() {
        return new CaseFilter(project.getValue() == null ? null : project.getValue().id(),
                school.getValue() == null ? null : school.getValue().id(), status.getValue(), code.getValue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cases.list.title");
    }
}
