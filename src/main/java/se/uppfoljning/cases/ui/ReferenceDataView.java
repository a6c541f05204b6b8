package se.uppfoljning.cases.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import se.uppfoljning.base.BusinessException;
import se.uppfoljning.base.Roles;
import se.uppfoljning.base.ui.MainLayout;
import se.uppfoljning.base.ui.Notifications;
import se.uppfoljning.cases.ProjectListItem;
import se.uppfoljning.cases.ReferenceDataService;
import se.uppfoljning.cases.ReferenceDataService.TargetGroup;
import se.uppfoljning.cases.SchoolItem;

/**
 * Reference data for administrators: projects (period, phases, budget, absence threshold, retention and
 * member schools), districts and schools, and target-group sizes per school and school year. Every change
 * goes through {@link ReferenceDataService}, which validates and audits it.
 */
@Route(value = "admin/reference", layout = MainLayout.class)
@Menu(title = "cases.reference.menu", order = 85)
@RolesAllowed(Roles.ADMIN)
class ReferenceDataView extends VerticalLayout implements HasDynamicTitle {

    private final ReferenceDataService reference;

    final Grid<ProjectListItem> projects = new Grid<>();
    final Button newProject = new Button();
    final H3 projectTitle = new H3();
    final ProjectForm projectForm = new ProjectForm();
    final Button saveProject = new Button();
    final Button cancelProject = new Button();
    final VerticalLayout projectEditor;
    private ProjectListItem editingProject;

    final Grid<SchoolItem> schools = new Grid<>();
    final TextField schoolName = new TextField();
    final ComboBox<SchoolItem> schoolDistrict = new ComboBox<>();
    final Button addSchool = new Button();
    final Button renameSchool = new Button();

    final Grid<SchoolItem> districts = new Grid<>();
    final TextField districtName = new TextField();
    final Button addDistrict = new Button();
    final Button renameDistrict = new Button();

    final Grid<TargetGroup> targetGroups = new Grid<>();
    final ComboBox<SchoolItem> targetSchool = new ComboBox<>();
    final TextField targetYear = new TextField();
    final IntegerField targetSize = new IntegerField();
    final Button saveTarget = new Button();

    public ReferenceDataView(ReferenceDataService reference) {
        this.reference = reference;
        add(new H2(getTranslation("cases.reference.title")));

        // Projects
        projects.addColumn(ProjectListItem::name).setHeader(getTranslation("cases.reference.project.name"))
                .setFlexGrow(2);
        projects.addColumn(p -> p.startDate() + " – " + p.endDate()).setHeader(getTranslation("cases.reference.project.period"))
                .setAutoWidth(true);
        projects.addColumn(p -> p.schools().size()).setHeader(getTranslation("cases.reference.project.schools"))
                .setAutoWidth(true);
        projects.addColumn(ProjectListItem::retentionMonths).setHeader(getTranslation("cases.reference.project.retention"))
                .setAutoWidth(true);
        projects.setAllRowsVisible(true);
        projects.setAriaLabel(getTranslation("cases.reference.projects"));
        projects.addItemClickListener(e -> editProject(e.getItem()));
        newProject.setText(getTranslation("cases.reference.project.new"));
        newProject.addClickListener(e -> newProject());
        saveProject.setText(getTranslation("base.save"));
        saveProject.addThemeVariants(ButtonVariant.PRIMARY);
        saveProject.addClickListener(e -> saveProject());
        cancelProject.setText(getTranslation("base.cancel"));
        cancelProject.addClickListener(e -> closeProjectEditor());
        projectEditor = new VerticalLayout(projectTitle, projectForm, new HorizontalLayout(saveProject, cancelProject));
        projectEditor.setPadding(false);
        projectEditor.setVisible(false);
        add(new H3(getTranslation("cases.reference.projects")), newProject, projects, projectEditor);

        // Districts and schools
        schools.addColumn(SchoolItem::name).setHeader(getTranslation("cases.field.school"));
        schools.addColumn(SchoolItem::districtName).setHeader(getTranslation("cases.reference.district"));
        schools.setAriaLabel(getTranslation("cases.reference.schools"));
        schools.setHeight("18em");
        schools.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                schoolName.setValue(e.getValue().name());
                schoolDistrict.getListDataView().getItems().filter(d -> d.id() == e.getValue().districtId())
                        .findFirst().ifPresent(schoolDistrict::setValue);
            }
            renameSchool.setEnabled(e.getValue() != null);
        });
        schoolName.setLabel(getTranslation("cases.reference.school-name"));
        schoolName.setMaxLength(SchoolItem.NAME_MAX_LENGTH);
        schoolDistrict.setLabel(getTranslation("cases.reference.district"));
        schoolDistrict.setItemLabelGenerator(SchoolItem::name);
        addSchool.setText(getTranslation("cases.reference.school.add"));
        addSchool.addClickListener(e -> addSchool());
        renameSchool.setText(getTranslation("cases.reference.school.rename"));
        renameSchool.setEnabled(false);
        renameSchool.addClickListener(e -> renameSchool());

        districts.addColumn(SchoolItem::name).setHeader(getTranslation("cases.reference.district"));
        districts.setAriaLabel(getTranslation("cases.reference.districts"));
        districts.setHeight("18em");
        districts.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                districtName.setValue(e.getValue().name());
            }
            renameDistrict.setEnabled(e.getValue() != null);
        });
        districtName.setLabel(getTranslation("cases.reference.district-name"));
        districtName.setMaxLength(SchoolItem.NAME_MAX_LENGTH);
        addDistrict.setText(getTranslation("cases.reference.district.add"));
        addDistrict.addClickListener(e -> addDistrict());
        renameDistrict.setText(getTranslation("cases.reference.district.rename"));
        renameDistrict.setEnabled(false);
        renameDistrict.addClickListener(e -> renameDistrict());

        VerticalLayout schoolBox = new VerticalLayout(schools, row(schoolName, schoolDistrict, addSchool, renameSchool));
        schoolBox.setPadding(false);
        VerticalLayout districtBox = new VerticalLayout(districts, row(districtName, addDistrict, renameDistrict));
        districtBox.setPadding(false);
        HorizontalLayout places = new HorizontalLayout(schoolBox, districtBox);
        places.setWidthFull();
        places.setFlexGrow(2, schoolBox);
        places.setFlexGrow(1, districtBox);
        places.setWrap(true);
        add(new H3(getTranslation("cases.reference.schools")), places);

        // Target groups
        targetGroups.addColumn(TargetGroup::schoolName).setHeader(getTranslation("cases.field.school"));
        targetGroups.addColumn(TargetGroup::schoolYear).setHeader(getTranslation("cases.reference.target.year"))
                .setAutoWidth(true);
        targetGroups.addColumn(TargetGroup::size).setHeader(getTranslation("cases.reference.target.size"))
                .setAutoWidth(true);
        targetGroups.setAriaLabel(getTranslation("cases.reference.targets"));
        targetGroups.setHeight("16em");
        targetSchool.setLabel(getTranslation("cases.field.school"));
        targetSchool.setItemLabelGenerator(s -> s.name() + " (" + s.districtName() + ")");
        targetYear.setLabel(getTranslation("cases.reference.target.year"));
        targetYear.setPlaceholder(getTranslation("cases.reference.target.year.placeholder"));
        targetYear.setMaxLength(7);
        targetYear.setHelperText(getTranslation("cases.target.error.school-year"));
        targetSize.setLabel(getTranslation("cases.reference.target.size"));
        targetSize.setMin(0);
        targetSize.setMax(10_000);
        saveTarget.setText(getTranslation("cases.reference.target.save"));
        saveTarget.addClickListener(e -> saveTarget());
        add(new H3(getTranslation("cases.reference.targets")), new VerticalLayout(
                row(targetSchool, targetYear, targetSize, saveTarget), targetGroups));

        refresh();
    }

    private static HorizontalLayout row(com.vaadin.flow.component.Component... components) {
        HorizontalLayout row = new HorizontalLayout(components);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    private void closeProjectEditor() {
        editingProject = null;
        projectEditor.setVisible(false);
    }

    void newProject() {
        editingProject = null;
        projectForm.clear();
        projectTitle.setText(getTranslation("cases.reference.project.new"));
        projectEditor.setVisible(true);
    }

    void editProject(ProjectListItem p) {
        editingProject = p;
        projectForm.show(p);
        projectTitle.setText(getTranslation("cases.reference.project.edit-title", p.name()));
        projectEditor.setVisible(true);
    }

    private void saveProject() {
        try {
            var data = projectForm.getData();
            ProjectListItem saved = editingProject == null ? reference.createProject(data)
                    : reference.updateProject(editingProject.id(), data, editingProject.version());
            Notifications.success("cases.reference.project.saved", saved.name());
            closeProjectEditor();
            refresh();
        } catch (BusinessException e) {
            if (!projectForm.showError(e)) {
                Notifications.error(e.messageKey(), e.args());
            }
        } catch (ObjectOptimisticLockingFailureException e) {
            Notifications.error("base.error.concurrent-edit");
        }
    }

    private void addSchool() {
        run(Map.of("name", schoolName, "districtId", schoolDistrict), () -> {
            if (schoolDistrict.getValue() == null) {
                throw new BusinessException("districtId", "base.error.required");
            }
            SchoolItem s = reference.addSchool(schoolName.getValue(), schoolDistrict.getValue().id());
            Notifications.success("cases.reference.school.added", s.name());
        });
    }

    private void renameSchool() {
        SchoolItem selected = schools.asSingleSelect().getValue();
        if (selected == null) {
            return;
        }
        run(Map.of("name", schoolName), () -> {
            SchoolItem s = reference.renameSchool(selected.id(), schoolName.getValue());
            Notifications.success("cases.reference.school.renamed", s.name());
        });
    }

    private void addDistrict() {
        run(Map.of("name", districtName), () -> {
            SchoolItem d = reference.addDistrict(districtName.getValue());
            Notifications.success("cases.reference.district.added", d.name());
        });
    }

    private void renameDistrict() {
        SchoolItem selected = districts.asSingleSelect().getValue();
        if (selected == null) {
            return;
        }
        run(Map.of("name", districtName), () -> {
            SchoolItem d = reference.renameDistrict(selected.id(), districtName.getValue());
            Notifications.success("cases.reference.district.renamed", d.name());
        });
    }

    private void saveTarget() {
        run(Map.of("schoolId", targetSchool, "schoolYear", targetYear, "size", targetSize), () -> {
            if (targetSchool.getValue() == null) {
                throw new BusinessException("schoolId", "base.error.required");
            }
            if (targetSize.getValue() == null) {
                throw new BusinessException("size", "base.error.required");
            }
            reference.setTargetGroup(targetSchool.getValue().id(), targetYear.getValue().strip(), targetSize.getValue());
            Notifications.success("cases.reference.target.saved");
        });
    }

    /** Runs one admin action; a service error goes next to its field, or into a notification. */
    private void run(Map<String, HasValidation> fields, Runnable action) {
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            action.run();
            refresh();
        } catch (BusinessException e) {
            HasValidation field = e.field() == null ? null : fields.get(e.field());
            if (field != null) {
                field.setErrorMessage(getTranslation(e.messageKey(), e.args()));
                field.setInvalid(true);
            } else {
                Notifications.error(e.messageKey(), e.args());
            }
        }
    }

    void refresh() {
        List<SchoolItem> allSchools = reference.schools();
        List<SchoolItem> allDistricts = reference.districts();
        projects.setItems(reference.projectsForAdmin());
        projectForm.setSchoolChoices(allSchools);
        schools.setItems(allSchools);
        setItemsKeepingChoice(schoolDistrict, allDistricts);
        districts.setItems(allDistricts);
        setItemsKeepingChoice(targetSchool, allSchools);
        targetGroups.setItems(reference.targetGroups());
    }

    /** New items (names may have changed) without losing what the user had chosen. */
    private static void setItemsKeepingChoice(ComboBox<SchoolItem> box, List<SchoolItem> items) {
        SchoolItem chosen = box.getValue();
        box.setItems(items);
        if (chosen != null) {
            items.stream().filter(i -> i.id() == chosen.id()).findFirst().ifPresent(box::setValue);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cases.reference.title");
    }
}
