package se.uppfoljning.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import se.uppfoljning.base.BusinessException;
import se.uppfoljning.base.Roles;
import se.uppfoljning.base.ui.MainLayout;
import se.uppfoljning.base.ui.Notifications;
import se.uppfoljning.security.ProjectDirectory.Option;
import se.uppfoljning.security.StaffListItem;
import se.uppfoljning.security.StaffService;

/**
 * Administrators create and change staff accounts: roles, what each account sees, enable or disable (which
 * ends the account's open sessions) and reset the password to a temporary one that must be changed.
 */
@Route(value = "admin/staff", layout = MainLayout.class)
@Menu(title = "security.staff.menu", order = 80)
@RolesAllowed(Roles.ADMIN)
class StaffAdminView extends VerticalLayout implements HasDynamicTitle {

    private final StaffService staff;
    private final Map<Long, String> schoolNames;
    private final Map<Long, String> projectNames;
    private final Map<Long, String> districtNames;
    final Grid<StaffListItem> grid = new Grid<>();
    final Button create = new Button();
    final H3 formTitle = new H3();
    final StaffForm form;
    final Button save = new Button();
    final Button cancel = new Button();
    final Button toggleEnabled = new Button();
    final Button resetPassword = new Button();
    final VerticalLayout editor;
    /** The account being edited, or null while creating one. */
    private StaffListItem editing;

    public StaffAdminView(StaffService staff) {
        this.staff = staff;
        List<Option> projects = staff.projectOptions();
        List<Option> districts = staff.districtOptions();
        projectNames = projects.stream().collect(Collectors.toMap(Option::id, Option::name));
        districtNames = districts.stream().collect(Collectors.toMap(Option::id, Option::name));
        List<Option> schools = staff.schoolOptions();
        schoolNames = schools.stream().collect(Collectors.toMap(Option::id, Option::name));
        form = new StaffForm(projects, districts, schools);

        grid.addColumn(StaffListItem::username).setHeader(getTranslation("security.staff.username")).setAutoWidth(true);
        grid.addColumn(i -> i.roles().stream().sorted().map(r -> getTranslation("security.role." + r))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("security.staff.roles"));
        grid.addColumn(i -> yesNo(i.enabled())).setHeader(getTranslation("security.staff.enabled")).setAutoWidth(true);
        grid.addColumn(this::scopeSummary).setHeader(getTranslation("security.staff.scope")).setFlexGrow(2);
        grid.addColumn(i -> yesNo(i.mustChangePassword())).setHeader(getTranslation("security.staff.must-change"))
                .setAutoWidth(true);
        grid.setAriaLabel(getTranslation("security.staff.title"));
        grid.addItemClickListener(e -> edit(e.getItem()));

        create.setText(getTranslation("security.staff.new"));
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(e -> startCreate());
        save.setText(getTranslation("base.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        cancel.setText(getTranslation("base.cancel"));
        cancel.addClickListener(e -> closeEditor());
        toggleEnabled.addClickListener(e -> toggleEnabled());
        resetPassword.setText(getTranslation("security.staff.reset-password"));
        resetPassword.addClickListener(e -> resetPassword());

        editor = new VerticalLayout(formTitle, form, new HorizontalLayout(save, cancel, toggleEnabled, resetPassword));
        editor.setPadding(false);
        editor.setVisible(false);
        add(new H2(getTranslation("security.staff.title")), create, grid, editor);
        refresh();
    }

    private String yesNo(boolean value) {
        return getTranslation(value ? "security.staff.yes" : "security.staff.no");
    }

    /** "Alla projekt", or the project names, each with its district when narrowed. */
    String scopeSummary(StaffListItem item) {
        if (item.schoolId() != null) {
            return getTranslation("security.staff.school.summary",
                    schoolNames.getOrDefault(item.schoolId(), "#" + item.schoolId()));
        }
        if (item.allProjects()) {
            return getTranslation("security.staff.all-projects");
        }
        if (item.scopes().isEmpty()) {
            return getTranslation("security.staff.scope.none");
        }
        Function<Long, String> project = id -> projectNames.getOrDefault(id, "#" + id);
        return item.scopes().stream()
                .map(s -> s.districtId() == null ? project.apply(s.projectId())
                        : project.apply(s.projectId()) + " (" + districtNames.getOrDefault(s.districtId(), "#" + s.districtId()) + ")")
                .sorted().collect(Collectors.joining(", "));
    }

    void startCreate() {
        editing = null;
        form.clear();
        formTitle.setText(getTranslation("security.staff.new"));
        toggleEnabled.setVisible(false);
        resetPassword.setVisible(false);
        editor.setVisible(true);
    }

    void edit(StaffListItem item) {
        editing = item;
        form.show(item);
        formTitle.setText(getTranslation("security.staff.edit-title", item.username()));
        toggleEnabled.setText(getTranslation(item.enabled() ? "security.staff.disable" : "security.staff.enable"));
        toggleEnabled.setVisible(true);
        resetPassword.setVisible(true);
        editor.setVisible(true);
    }

    private void save() {
        try {
            StaffListItem saved = editing == null
                    ? staff.create(form.getData(), form.password.getValue())
                    : staff.update(editing.id(), form.getData(), editing.version());
            Notifications.success(editing == null ? "security.staff.created" : "security.staff.saved", saved.username());
            refresh();
            closeEditor();
        } catch (BusinessException e) {
            if (!form.showError(e)) {
                Notifications.error(e.messageKey(), e.args());
            }
        } catch (ObjectOptimisticLockingFailureException e) {
            Notifications.error("base.error.concurrent-edit");
        }
    }

    private void toggleEnabled() {
        try {
            staff.setEnabled(editing.id(), !editing.enabled());
            Notifications.success(editing.enabled() ? "security.staff.disabled" : "security.staff.enabled-now",
                    editing.username());
            refresh();
            reopen(editing.id());
        } catch (BusinessException e) {
            Notifications.error(e.messageKey(), e.args());
        }
    }

    private void resetPassword() {
        form.clearErrors();
        try {
            staff.resetPassword(editing.id(), form.password.getValue());
            Notifications.success("security.staff.password-reset", editing.username());
            refresh();
            reopen(editing.id());
        } catch (BusinessException e) {
            if (!form.showError(e)) {
                Notifications.error(e.messageKey(), e.args());
            }
        }
    }

    /** Shows the fresh state (and version) of an account after an action. */
    private void reopen(long id) {
        staff.list().stream().filter(i -> i.id() == id).findFirst().ifPresentOrElse(this::edit, this::closeEditor);
    }

    private void closeEditor() {
        editing = null;
        form.clear();
        editor.setVisible(false);
    }

    void refresh() {
        grid.setItems(staff.list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.staff.title");
    }
}
