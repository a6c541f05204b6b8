package se.uppfoljning.absence.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.uppfoljning.KaribuTest;
import se.uppfoljning.base.DemoProperties;
import se.uppfoljning.base.Roles;
import se.uppfoljning.cases.CaseData;
import se.uppfoljning.cases.CaseDetails;
import se.uppfoljning.cases.CaseService;
import se.uppfoljning.cases.CaseStatus;
import se.uppfoljning.cases.Gender;
import se.uppfoljning.cases.ProjectListItem;
import se.uppfoljning.cases.ReferenceDataService;
import se.uppfoljning.cases.SchoolItem;
import se.uppfoljning.security.StaffData;
import se.uppfoljning.security.StaffService;

/** Issue #16, item 2: a school reporter uploads its month; the coordinator sees who has reported. */
class SchoolReportingViewTest extends KaribuTest {

    private static final String TEMPORARY = "tillfalligt-losen-1";

    @Autowired
    CaseService cases;
    @Autowired
    ReferenceDataService reference;
    @Autowired
    StaffService staff;

    private ProjectListItem south() {
        return reference.projects().stream().filter(p -> p.name().equals(DemoProperties.PROJECT_SOUTH))
                .findFirst().orElseThrow();
    }

    private CaseDetails newCase(SchoolItem school) {
        return cases.create(new CaseData(south().id(), school.id(), 5, Gender.BOY, LocalDate.of(2025, 9, 1), null,
                CaseStatus.ACTIVE, null, null, null, null));
    }

    /** A school reporter that has already replaced its temporary password; returns the user name. */
    private String reporterFor(SchoolItem school) {
        login("admin-demo");
        String name = "skola." + UUID.randomUUID().toString().substring(0, 8);
        staff.create(new StaffData(name, Set.of(Roles.SCHOOL_REPORTER), false, Set.of(), school.id()), TEMPORARY);
        login(name);
        staff.changeOwnPassword(TEMPORARY, "eget-hemligt-ord-2026");
        return name;
    }

    @Test
    void reporterUploadsItsSchoolsFileAndSeesAnotherSchoolsRowsRejectedWithTheReason() {
        login("samordnare");
        List<SchoolItem> schools = south().schools();
        CaseDetails own = newCase(schools.get(0));
        CaseDetails other = newCase(schools.get(1));
        login(reporterFor(schools.get(0)));

        AbsenceView view = navigate(AbsenceView.class);
        // Other tests add projects with this school to the shared database: each one shows this school only.
        assertThat(view.project.getListDataView().getItems()).isNotEmpty()
                .allSatisfy(p -> assertThat(p.schools()).extracting(SchoolItem::id).containsExactly(schools.get(0).id()));
        String csv = "ärendekod;månad;erbjudna_timmar;ogiltig_frånvaro;giltig_frånvaro\n"
                + own.caseCode() + ";2025-10;80;4;0\n"
                + other.caseCode() + ";2025-10;80;4;0\n";
        UploadKt._upload(view.csvImport.upload, "franvaro.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        MockVaadin.clientRoundtrip(false);

        assertThat(GridKt._getFormatted(view.csvImport.preview, 0, "status")).isEqualTo("Ny");
        assertThat(GridKt._getFormatted(view.csvImport.preview, 1, "reasons"))
                .isEqualTo("Ärendet " + other.caseCode() + " hör till en annan skola: du rapporterar bara för din egen skola.");
        _click(view.csvImport.importValid);
        assertThat(view.csvImport.importSummary.getText())
                .isEqualTo("Importen är klar. Nya månader: 1. Uppdaterade: 0. Avvisade rader som hoppades över: 1.");

        assertThatThrownBy(() -> UI.getCurrent().navigate(AbsenceCompletenessView.class))
                .isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void coordinatorSeesPerSchoolAndMonthWhichCasesAreMissing() {
        login("samordnare");
        CaseDetails missing = newCase(south().schools().get(0));
        AbsenceCompletenessView view = navigate(AbsenceCompletenessView.class);
        view.from.setValue(YearMonth.of(2025, 10).isBefore(view.to.getValue().minusMonths(23))
                ? view.to.getValue().minusMonths(23) : YearMonth.of(2025, 10));
        _click(view.show);
        assertThat(view.from.isInvalid()).isFalse();
        List<String> codes = GridKt._findAll(view.grid).stream().flatMap(r -> r.missingCodes().stream()).toList();
        assertThat(codes).contains(missing.caseCode());
        assertThat(view.summary.getText()).startsWith("Rader: ");

        view.from.setValue(view.to.getValue());
        view.to.setValue(view.to.getValue().minusMonths(1));
        _click(view.show);
        assertThat(view.from.isInvalid()).isTrue();
    }
}
