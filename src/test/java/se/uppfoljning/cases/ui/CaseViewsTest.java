package se.uppfoljning.cases.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.uppfoljning.KaribuTest;
import se.uppfoljning.cases.CaseCode;
import se.uppfoljning.cases.Gender;

class CaseViewsTest extends KaribuTest {

    @Test
    void coordinatorCreatesACaseSeesItsCodeAndEditsIt() {
        login("samordnare");
        UI.getCurrent().navigate(CaseEditView.class, 0L);
        CaseEditView view = _get(CaseEditView.class);
        CaseForm form = view.form;
        form.project.setValue(form.project.getListDataView().getItems().findFirst().orElseThrow());
        form.school.setValue(form.project.getValue().schools().getFirst());
        form.grade.setValue(8);
        form.gender.setValue(Gender.BOY);
        form.startDate.setValue(LocalDate.of(2025, 11, 3));
        _click(view.save);

        String code = view.title.getText().replace("Ärende ", "");
        assertThat(CaseCode.isValid(code)).as(view.title.getText()).isTrue();
        assertThat(view.codeInfo.getText()).contains(code);

        form.grade.setValue(9);
        form.eligibleUpperSecondary.setValue(true);
        _click(view.save);
        assertThat(form.grade.isInvalid()).isFalse();

        UI.getCurrent().navigate(CaseListView.class);
        CaseListView list = _get(CaseListView.class);
        list.code.setValue(code);
        assertThat(GridKt._size(list.grid)).isEqualTo(1);
        assertThat(GridKt._get(list.grid, 0).data().grade()).isEqualTo(9);
    }

    @Test
    void badInputShowsAMessageNextToTheFieldAndSavesNothing() {
        login("samordnare");
        UI.getCurrent().navigate(CaseEditView.class, 0L);
        CaseEditView view = _get(CaseEditView.class);
        view.form.project.clear(); // preselected: the coordinator has one project
        _click(view.save);
        assertThat(view.form.project.isInvalid()).isTrue();
        assertThat(view.form.project.getErrorMessage()).isEqualTo("Fältet måste fyllas i.");

        view.form.project.setValue(view.form.project.getListDataView().getItems().findFirst().orElseThrow());
        view.form.school.setValue(view.form.project.getValue().schools().getFirst());
        view.form.grade.setValue(12);
        view.form.startDate.setValue(LocalDate.of(2025, 11, 3));
        _click(view.save);
        assertThat(view.form.grade.isInvalid()).isTrue();
        assertThat(view.form.grade.getErrorMessage()).isEqualTo("Årskurs måste vara mellan 4 och 9.");

        view.form.grade.setValue(6);
        view.form.endDate.setValue(LocalDate.of(2025, 10, 1));
        _click(view.save);
        assertThat(view.form.endDate.getErrorMessage()).isEqualTo("Slutdatum kan inte vara före startdatum.");
        assertThat(view.codeInfo.getText()).isEmpty();
    }

    @Test
    void eachRoleSeesOnlyWhatItMay() {
        login("utvarderare");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> UI.getCurrent().navigate(CaseListView.class))
                .isInstanceOf(com.github.mvysny.kaributesting.v10.MockAccessDeniedException.class);

        login("samtalsledare");
        UI.getCurrent().navigate(CaseListView.class);
        assertThat(_get(CaseListView.class).create.isVisible()).isFalse();

        login("samordnare");
        UI.getCurrent().navigate(CaseListView.class);
        CaseListView list = _get(CaseListView.class);
        assertThat(list.create.isVisible()).isTrue();
        assertThat(list.project.getListDataView().getItems()).extracting(p -> p.name()).containsExactly("Närvaro Söder");
    }

    @Test
    void anonymousVisitorsAreSentToLogin() {
        UI.getCurrent().navigate("");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("login");
        _get(se.uppfoljning.security.ui.LoginView.class);
    }

    /** A guardian who lands on the staff login can tap through to the code page (found at 360 px, 2026-12-02). */
    @Test
    void theLoginPageLinksGuardiansToTheCodePage() {
        UI.getCurrent().navigate("login");
        com.vaadin.flow.component.html.Anchor toCodePage = _get(com.vaadin.flow.component.html.Anchor.class,
                spec -> spec.withId("login-parents-link"));
        assertThat(toCodePage.getHref()).isEqualTo("enkat");
        assertThat(toCodePage.getText()).isNotBlank();
    }

    @Test
    void aCoordinatorWithOneProjectFindsItChosenOnANewCase() {
        login("samordnare");
        UI.getCurrent().navigate(CaseEditView.class, 0L);
        CaseForm form = _get(CaseEditView.class).form;
        assertThat(form.project.getListDataView().getItems()).hasSize(1);
        assertThat(form.project.getValue()).isEqualTo(form.project.getListDataView().getItems().findFirst().orElseThrow());
        assertThat(form.school.getListDataView().getItems()).isNotEmpty();
    }
}
