package se.uppfoljning.cases.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.uppfoljning.KaribuTest;
import se.uppfoljning.cases.ProjectListItem;
import se.uppfoljning.cases.ReferenceDataService;
import se.uppfoljning.cases.SchoolItem;

class ReferenceDataViewTest extends KaribuTest {

    @Autowired
    ReferenceDataService reference;

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void adminCreatesAProjectWithTwoSchoolsAndSetsATargetGroup() {
        login("admin-demo");
        ReferenceDataView view = navigate(ReferenceDataView.class);

        // A school of our own, so the target group we set touches no demo data.
        String schoolName = "Testskolan " + suffix();
        view.schoolName.setValue(schoolName);
        view.schoolDistrict.setValue(view.schoolDistrict.getListDataView().getItems()
                .filter(d -> d.name().equals("Farsta")).findFirst().orElseThrow());
        _click(view.addSchool);
        SchoolItem mine = view.schools.getListDataView().getItems().filter(s -> s.name().equals(schoolName))
                .findFirst().orElseThrow();
        assertThat(mine.districtName()).isEqualTo("Farsta");

        _click(view.newProject);
        ProjectForm form = view.projectForm;
        String projectName = "Närvaro Test " + suffix();
        form.name.setValue(projectName);
        form.startDate.setValue(LocalDate.of(2026, 8, 1));
        form.endDate.setValue(LocalDate.of(2028, 6, 30));
        form.phases.setValue("Uppstart 2026-08; Avslut 2028-06");
        form.budget.setValue(new BigDecimal("750000"));
        form.threshold.setValue(15);
        form.retentionMonths.setValue(24);
        SchoolItem other = form.schools.getListDataView().getItems().filter(s -> s.name().equals("Sätraskolan"))
                .findFirst().orElseThrow();
        SchoolItem own = form.schools.getListDataView().getItems().filter(s -> s.id() == mine.id()).findFirst()
                .orElseThrow();
        form.schools.setValue(Set.of(own, other));
        _click(view.saveProject);

        ProjectListItem saved = view.projects.getListDataView().getItems().filter(p -> p.name().equals(projectName))
                .findFirst().orElseThrow();
        assertThat(saved.schools()).extracting(SchoolItem::name).containsExactlyInAnyOrder(schoolName, "Sätraskolan");
        assertThat(saved.absenceThresholdPercent()).isEqualTo(15);
        assertThat(saved.retentionMonths()).isEqualTo(24);
        assertThat(saved.budget()).isEqualByComparingTo("750000");
        assertThat(view.projectEditor.isVisible()).isFalse();

        view.editProject(saved);
        assertThat(form.schools.getValue()).extracting(SchoolItem::id).containsExactlyInAnyOrder(mine.id(), other.id());
        form.retentionMonths.setValue(48);
        _click(view.saveProject);
        assertThat(reference.projectsForAdmin()).filteredOn(p -> p.id() == saved.id())
                .extracting(ProjectListItem::retentionMonths).containsExactly(48);

        view.targetSchool.setValue(view.targetSchool.getListDataView().getItems().filter(s -> s.id() == mine.id())
                .findFirst().orElseThrow());
        view.targetYear.setValue("2026/27");
        view.targetSize.setValue(42);
        _click(view.saveTarget);
        assertThat(view.targetGroups.getListDataView().getItems()
                .filter(t -> t.schoolId() == mine.id()).map(t -> t.schoolYear() + "=" + t.size())
                .collect(Collectors.toList())).containsExactly("2026/27=42");

        view.targetYear.setValue("2026-27");
        _click(view.saveTarget);
        assertThat(view.targetYear.isInvalid()).isTrue();
        assertThat(view.targetYear.getErrorMessage()).isEqualTo("Läsår skrivs som 2025/26.");
    }

    @Test
    void projectErrorsAppearNextToTheirFields() {
        login("admin-demo");
        ReferenceDataView view = navigate(ReferenceDataView.class);
        _click(view.newProject);
        view.projectForm.name.setValue("Närvaro Söder");
        view.projectForm.startDate.setValue(LocalDate.of(2026, 8, 1));
        view.projectForm.endDate.setValue(LocalDate.of(2026, 1, 1));
        _click(view.saveProject);
        assertThat(view.projectForm.endDate.isInvalid()).isTrue();
        assertThat(view.projectForm.endDate.getErrorMessage()).isEqualTo("Slutdatum kan inte vara före startdatum.");

        view.projectForm.endDate.setValue(LocalDate.of(2027, 6, 30));
        _click(view.saveProject);
        assertThat(view.projectForm.endDate.isInvalid()).isFalse();
        assertThat(view.projectForm.name.getErrorMessage()).isEqualTo("Det finns redan ett projekt med det namnet.");
        assertThat(view.projectEditor.isVisible()).isTrue();
    }

    @Test
    void aDuplicateSchoolNameIsShownOnTheNameField() {
        login("admin-demo");
        ReferenceDataView view = navigate(ReferenceDataView.class);
        view.schoolName.setValue("sätraskolan");
        view.schoolDistrict.setValue(view.schoolDistrict.getListDataView().getItems().findFirst().orElseThrow());
        _click(view.addSchool);
        assertThat(view.schoolName.isInvalid()).isTrue();
        assertThat(view.schoolName.getErrorMessage()).isEqualTo("Det finns redan en skola med det namnet.");
    }

    @Test
    void nonAdministratorsAreRefused() {
        login("samordnare");
        assertThatThrownBy(() -> UI.getCurrent().navigate(ReferenceDataView.class))
                .isInstanceOf(MockAccessDeniedException.class);
    }
}
