package se.uppfoljning.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.uppfoljning.KaribuTest;
import se.uppfoljning.base.DemoProperties;
import se.uppfoljning.base.Roles;
import se.uppfoljning.security.StaffListItem;

class StaffAdminViewTest extends KaribuTest {

    private static final String TEMPORARY = "tillfalligt-losen-1";

    private StaffListItem row(StaffAdminView view, String username) {
        return view.grid.getListDataView().getItems().filter(i -> i.username().equals(username)).findFirst()
                .orElseThrow();
    }

    private void fillCoordinator(StaffAdminView view, String username) {
        _click(view.create);
        view.form.username.setValue(username);
        view.form.roles.setValue(Set.of(Roles.COORDINATOR));
        _click(view.form.addScope);
        StaffForm.ScopeLine line = view.form.scopes.getFirst();
        line.project.setValue(line.project.getListDataView().getItems()
                .filter(o -> o.name().equals(DemoProperties.PROJECT_SOUTH)).findFirst().orElseThrow());
        view.form.password.setValue(TEMPORARY);
    }

    @Test
    void adminCreatesACoordinatorForOneProjectWhoMustChangeThePasswordFirst() {
        login("admin-demo");
        StaffAdminView view = navigate(StaffAdminView.class);
        String username = "koord." + UUID.randomUUID().toString().substring(0, 8);
        fillCoordinator(view, username);
        _click(view.save);

        StaffListItem created = row(view, username);
        assertThat(created.roles()).containsExactly(Roles.COORDINATOR);
        assertThat(created.allProjects()).isFalse();
        assertThat(created.mustChangePassword()).isTrue();
        assertThat(created.enabled()).isTrue();
        assertThat(view.scopeSummary(created)).isEqualTo(DemoProperties.PROJECT_SOUTH);
        assertThat(view.editor.isVisible()).isFalse();

        login(username);
        UI.getCurrent().navigate("");
        // The first page a new user reaches is the password change, whatever they asked for.
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("password");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .isInstanceOf(ChangePasswordView.class);
    }

    @Test
    void serverErrorsAppearNextToTheirFields() {
        login("admin-demo");
        StaffAdminView view = navigate(StaffAdminView.class);
        String username = "koord." + UUID.randomUUID().toString().substring(0, 8);
        fillCoordinator(view, username);
        view.form.password.setValue("kort");
        _click(view.save);
        assertThat(view.form.password.isInvalid()).isTrue();
        assertThat(view.form.password.getErrorMessage()).isEqualTo("Lösenordet måste ha minst 12 tecken.");

        view.form.password.setValue(TEMPORARY);
        _click(view.form.scopes.getFirst().remove);
        _click(view.save);
        assertThat(view.form.password.isInvalid()).isFalse();
        assertThat(view.form.scopeError.isVisible()).isTrue();
        assertThat(view.form.scopeError.getText()).isEqualTo("Välj minst ett projekt, eller Alla projekt.");

        view.form.allProjects.setValue(true);
        view.form.username.setValue("SAMORDNARE");
        _click(view.save);
        assertThat(view.form.username.isInvalid()).isTrue();
        assertThat(view.form.username.getErrorMessage()).isEqualTo("Användarnamnet är upptaget.");
        assertThat(view.grid.getListDataView().getItems().map(StaffListItem::username)).doesNotContain(username);
    }

    @Test
    void adminEditsDisablesAndResetsAnAccount() {
        login("admin-demo");
        StaffAdminView view = navigate(StaffAdminView.class);
        String username = "koord." + UUID.randomUUID().toString().substring(0, 8);
        fillCoordinator(view, username);
        _click(view.save);

        view.edit(row(view, username));
        assertThat(view.form.username.isReadOnly()).isTrue();
        view.form.roles.setValue(Set.of(Roles.COORDINATOR, Roles.FACILITATOR));
        StaffForm.ScopeLine line = view.form.scopes.getFirst();
        line.district.setValue(line.district.getListDataView().getItems().filter(o -> o.name().equals("Farsta"))
                .findFirst().orElseThrow());
        _click(view.save);
        StaffListItem edited = row(view, username);
        assertThat(edited.roles()).containsExactlyInAnyOrder(Roles.COORDINATOR, Roles.FACILITATOR);
        assertThat(view.scopeSummary(edited)).isEqualTo(DemoProperties.PROJECT_SOUTH + " (Farsta)");

        view.edit(edited);
        _click(view.toggleEnabled);
        assertThat(row(view, username).enabled()).isFalse();
        assertThat(view.toggleEnabled.getText()).isEqualTo("Aktivera kontot");

        view.form.password.setValue("ett-nytt-tillfalligt-1");
        _click(view.resetPassword);
        assertThat(row(view, username).mustChangePassword()).isTrue();

        // Somebody else saved in between: the stale form is refused.
        StaffListItem stale = row(view, username);
        view.edit(stale);
        view.edit(row(view, username));
        _click(view.toggleEnabled);
        view.edit(stale);
        _click(view.save);
        assertThat(row(view, username).roles()).containsExactlyInAnyOrder(Roles.COORDINATOR, Roles.FACILITATOR);
        assertThat(view.editor.isVisible()).isTrue();
    }

    @Test
    void nonAdministratorsAreRefused() {
        login("samordnare");
        assertThatThrownBy(() -> UI.getCurrent().navigate(StaffAdminView.class))
                .isInstanceOf(MockAccessDeniedException.class);
        login("utvarderare");
        assertThatThrownBy(() -> UI.getCurrent().navigate(StaffAdminView.class))
                .isInstanceOf(MockAccessDeniedException.class);
    }
}
