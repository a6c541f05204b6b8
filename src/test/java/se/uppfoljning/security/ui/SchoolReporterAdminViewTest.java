package se.uppfoljning.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.uppfoljning.KaribuTest;
import se.uppfoljning.base.Roles;
import se.uppfoljning.security.ProjectDirectory.Option;
import se.uppfoljning.security.StaffListItem;

/** Issue #16, item 2: an administrator creates a school reporter by choosing its school. */
class SchoolReporterAdminViewTest extends KaribuTest {

    @Test
    void adminCreatesASchoolReporterWithASchoolInsteadOfProjects() {
        login("admin-demo");
        StaffAdminView view = navigate(StaffAdminView.class);
        String username = "skola." + UUID.randomUUID().toString().substring(0, 8);
        _click(view.create);
        assertThat(view.form.school.isVisible()).isFalse();
        view.form.username.setValue(username);
        view.form.roles.setValue(Set.of(Roles.SCHOOL_REPORTER));
        assertThat(view.form.school.isVisible()).isTrue();
        assertThat(view.form.addScope.isVisible()).isFalse();
        view.form.password.setValue("tillfalligt-losen-1");

        _click(view.save);
        assertThat(view.form.school.isInvalid()).isTrue();
        assertThat(view.form.school.getErrorMessage()).isEqualTo("Välj skolan som skolrapportören rapporterar för.");

        Option school = view.form.school.getListDataView().getItems().findFirst().orElseThrow();
        view.form.school.setValue(school);
        _click(view.save);
        StaffListItem created = view.grid.getListDataView().getItems().filter(i -> i.username().equals(username))
                .findFirst().orElseThrow();
        assertThat(created.schoolId()).isEqualTo(school.id());
        assertThat(created.scopes()).isEmpty();
        assertThat(view.scopeSummary(created)).isEqualTo("Skola: " + school.name());

        view.edit(created);
        assertThat(view.form.school.getValue()).isEqualTo(school);
    }
}
