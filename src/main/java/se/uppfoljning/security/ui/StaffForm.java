package se.uppfoljning.security.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.uppfoljning.base.BusinessException;
import se.uppfoljning.base.Roles;
import se.uppfoljning.security.ProjectDirectory.Option;
import se.uppfoljning.security.StaffData;
import se.uppfoljning.security.StaffListItem;

/**
 * The fields of a staff account: user name, roles, and what the account sees (all projects, or scope lines of
 * a project and optionally one district). The password field is the temporary password of a new account or
 * the new temporary password when resetting one. The service has the final say; its errors land here.
 */
public class StaffForm extends Composite<FormLayout> {

    final TextField username = new TextField();
    final CheckboxGroup<String> roles = new CheckboxGroup<>();
    final Checkbox allProjects = new Checkbox();
    final VerticalLayout scopeLines = new VerticalLayout();
    final List<ScopeLine> scopes = new ArrayList<>();
    final Button addScope = new Button();
    final Span scopeError = new Span();
    final ComboBox<Option> school = new ComboBox<>();
    final PasswordField password = new PasswordField();
    private final List<Option> projects;
    private final List<Option> districts;
    private final Map<String, HasValidation> byField;

    public StaffForm(List<Option> projects, List<Option> districts, List<Option> schools) {
        this.projects = projects;
        this.districts = districts;
        school.setLabel(getTranslation("security.staff.school"));
        school.setHelperText(getTranslation("security.staff.school.helper"));
        school.setItems(schools);
        school.setItemLabelGenerator(Option::name);
        school.setClearButtonVisible(true);
        username.setLabel(getTranslation("security.staff.username"));
        username.setMaxLength(StaffData.USERNAME_MAX_LENGTH);
        username.setRequiredIndicatorVisible(true);
        username.setHelperText(getTranslation("security.staff.error.username-format"));
        roles.setLabel(getTranslation("security.staff.roles"));
        roles.setItems(Roles.ALL);
        roles.setItemLabelGenerator(r -> getTranslation("security.role." + r));
        roles.setRequiredIndicatorVisible(true);
        roles.addValueChangeListener(e -> updateScopeState());
        allProjects.setLabel(getTranslation("security.staff.all-projects"));
        allProjects.addValueChangeListener(e -> updateScopeState());
        addScope.setText(getTranslation("security.staff.scope.add"));
        addScope.setIcon(VaadinIcon.PLUS.create());
        addScope.addThemeVariants(ButtonVariant.TERTIARY);
        addScope.addClickListener(e -> addScopeLine(null));
        scopeLines.setPadding(false);
        scopeLines.setSpacing(false);
        scopeError.addClassName("field-error");
        scopeError.getElement().setAttribute("role", "alert");
        scopeError.setVisible(false);
        VerticalLayout scopeBox = new VerticalLayout(school, allProjects, scopeLines, addScope, scopeError);
        scopeBox.setPadding(false);
        password.setMaxLength(StaffData.PASSWORD_MAX_LENGTH);
        password.setHelperText(getTranslation("security.password.rule", StaffData.PASSWORD_MIN_LENGTH));
        getContent().add(username, roles, scopeBox, password);
        getContent().setColspan(scopeBox, 2);
        getContent().setMaxWidth("60em");
        byField = Map.of("username", username, "roles", roles, "password", password, "schoolId", school);
    }

    /** Empties the form for a new account. */
    void clear() {
        clearErrors();
        username.clear();
        username.setReadOnly(false);
        roles.clear();
        allProjects.setValue(false);
        school.clear();
        scopes.clear();
        scopeLines.removeAll();
        password.clear();
        password.setLabel(getTranslation("security.staff.temporary-password"));
        updateScopeState();
    }

    /** Fills the form from an existing account; the user name cannot be changed. */
    void show(StaffListItem item) {
        clear();
        username.setValue(item.username());
        username.setReadOnly(true);
        roles.setValue(item.roles());
        allProjects.setValue(item.allProjects());
        school.setValue(item.schoolId() == null ? null
                : school.getListDataView().getItems().filter(o -> o.id() == item.schoolId()).findFirst().orElse(null));
        item.scopes().stream()
                .sorted(java.util.Comparator.comparing(StaffData.ScopeEntry::projectId))
                .forEach(this::addScopeLine);
        password.setLabel(getTranslation("security.staff.new-temporary-password"));
        updateScopeState();
    }

    StaffData getData() {
        clearErrors();
        Set<StaffData.ScopeEntry> entries = new LinkedHashSet<>();
        for (ScopeLine line : scopes) {
            if (line.project.getValue() != null) {
                entries.add(new StaffData.ScopeEntry(line.project.getValue().id(),
                        line.district.getValue() == null ? null : line.district.getValue().id()));
            }
        }
        boolean reporter = roles.getValue().contains(Roles.SCHOOL_REPORTER);
        return new StaffData(username.getValue(), roles.getValue(), allProjects.getValue() && !reporter,
                reporter ? Set.of() : entries, reporter && school.getValue() != null ? school.getValue().id() : null);
    }

    /** Shows a service error next to its field; returns false if the error belongs to no field. */
    boolean showError(BusinessException e) {
        String text = getTranslation(e.messageKey(), e.args());
        if ("scopes".equals(e.field())) {
            scopeError.setText(text);
            scopeError.setVisible(true);
            return true;
        }
        HasValidation field = e.field() == null ? null : byField.get(e.field());
        if (field == null) {
            return false;
        }
        field.setErrorMessage(text);
        field.setInvalid(true);
        return true;
    }

    void clearErrors() {
        byField.values().forEach(f -> f.setInvalid(false));
        scopeError.setVisible(false);
    }

    ScopeLine addScopeLine(StaffData.ScopeEntry entry) {
        ScopeLine line = new ScopeLine();
        if (entry != null) {
            projects.stream().filter(o -> o.id() == entry.projectId()).findFirst().ifPresent(line.project::setValue);
            districts.stream().filter(o -> entry.districtId() != null && o.id() == entry.districtId()).findFirst()
                    .ifPresent(line.district::setValue);
        }
        scopes.add(line);
        scopeLines.add(line);
        return line;
    }

    /** A school reporter names a school instead of projects; everybody else names projects. */
    private void updateScopeState() {
        boolean reporter = roles.getValue().contains(Roles.SCHOOL_REPORTER);
        school.setVisible(reporter);
        school.setRequiredIndicatorVisible(reporter);
        allProjects.setVisible(!reporter);
        scopeLines.setVisible(!reporter);
        addScope.setVisible(!reporter);
        boolean lines = !allProjects.getValue();
        scopeLines.setEnabled(lines);
        addScope.setEnabled(lines);
    }

    /** One line of the scope: a project and, optionally, one district of it (empty = the whole project). */
    final class ScopeLine extends HorizontalLayout {
        final ComboBox<Option> project = new ComboBox<>();
        final ComboBox<Option> district = new ComboBox<>();
        final Button remove = new Button();

        ScopeLine() {
            project.setLabel(getTranslation("security.staff.scope.project"));
            project.setItems(projects);
            project.setItemLabelGenerator(Option::name);
            district.setLabel(getTranslation("security.staff.scope.district"));
            district.setItems(districts);
            district.setItemLabelGenerator(Option::name);
            district.setPlaceholder(getTranslation("security.staff.scope.whole-project"));
            district.setClearButtonVisible(true);
            remove.setIcon(VaadinIcon.TRASH.create());
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            remove.setAriaLabel(getTranslation("security.staff.scope.remove"));
            remove.addClickListener(e -> {
                scopes.remove(this);
                scopeLines.remove(this);
            });
            setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            add(project, district, remove);
        }
    }
}
