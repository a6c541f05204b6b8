package se.uppfoljning.absence.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.uppfoljning.KaribuTest;
import se.uppfoljning.base.DemoProperties;
import se.uppfoljning.cases.CaseData;
import se.uppfoljning.cases.CaseDetails;
import se.uppfoljning.cases.CaseService;
import se.uppfoljning.cases.CaseStatus;
import se.uppfoljning.cases.Gender;
import se.uppfoljning.cases.ProjectListItem;
import se.uppfoljning.cases.ReferenceDataService;

class AbsenceViewTest extends KaribuTest {

    @Autowired
    CaseService cases;
    @Autowired
    ReferenceDataService reference;
    @Autowired
    java.time.Clock clock;

    private CaseDetails newSouthCase() {
        ProjectListItem south = reference.projects().stream()
                .filter(p -> p.name().equals(DemoProperties.PROJECT_SOUTH)).findFirst().orElseThrow();
        return cases.create(new CaseData(south.id(), south.schools().getFirst().id(), 8, Gender.BOY,
                LocalDate.of(2025, 10, 1), null, CaseStatus.ACTIVE, null, null, null, null));
    }

    @Test
    void coordinatorEntersAMonthAndSeesAttendanceAndFlags() {
        login("samordnare");
        CaseDetails c = newSouthCase();
        AbsenceView view = navigate(AbsenceView.class);
        view.code.setValue(c.caseCode().toLowerCase());
        _click(view.showCode);
        assertThat(view.entry.caseTitle.getText()).contains(c.caseCode());

        _click(view.entry.newMonth);
        view.entry.form.month.setValue(YearMonth.of(2025, 11));
        view.entry.form.hoursOffered.setValue(new BigDecimal("251"));
        _click(view.entry.save);
        assertThat(view.entry.form.hoursOffered.isInvalid()).isTrue();
        assertThat(view.entry.form.hoursOffered.getErrorMessage()).isEqualTo("Högst 250 timmar per månad.");

        view.entry.form.hoursOffered.setValue(new BigDecimal("80"));
        view.entry.form.unauthorised.setValue(new BigDecimal("10"));
        view.entry.form.authorised.setValue(new BigDecimal("2.5"));
        _click(view.entry.save);
        assertThat(GridKt._size(view.entry.months)).isEqualTo(1);
        assertThat(GridKt._getFormatted(view.entry.months, 0, "attendance")).isEqualTo("84,4 %");
        // 10 of 80 hours unauthorised = 12.5 %; authorised absence does not count (one definition, issue #12.8).
        assertThat(GridKt._getFormatted(view.entry.months, 0, "flags")).isEqualTo("≥ 10 %");
    }

    @Test
    void previewShowsEachRejectedRowsReasonAndImportsValidRowsOnlyWhenAsked() {
        login("samordnare");
        CaseDetails c = newSouthCase();
        AbsenceView view = navigate(AbsenceView.class);
        view.code.setValue(c.caseCode());
        _click(view.showCode);
        String csv = "ärendekod;månad;erbjudna_timmar;ogiltig_frånvaro;giltig_frånvaro\n"
                + c.caseCode() + ";2025-11;80;4;0\n"
                + c.caseCode() + ";2025-12;60;50;20\n"
                + c.caseCode() + ";2025-09;60;0;0\n"
                + "ABCD-EFGH;2026-01;60;0;0\n"
                + c.caseCode() + ";2026-01;72,5;3,5;1\n";
        UploadKt._upload(view.csvImport.upload, "franvaro.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        MockVaadin.clientRoundtrip(false);

        assertThat(GridKt._size(view.csvImport.preview)).isEqualTo(5);
        assertThat(view.csvImport.importSummary.getText()).isEqualTo("Rader: 5. Giltiga: 2 (nya 2, uppdateringar 0). Avvisade: 3.");
        assertThat(GridKt._getFormatted(view.csvImport.preview, 0, "status")).isEqualTo("Ny");
        assertThat(GridKt._getFormatted(view.csvImport.preview, 1, "line")).isEqualTo("3");
        assertThat(GridKt._getFormatted(view.csvImport.preview, 1, "reasons"))
                .isEqualTo("Frånvaron är större än de erbjudna timmarna.");
        assertThat(GridKt._getFormatted(view.csvImport.preview, 2, "reasons")).startsWith("Månaden 2025-09 ligger utanför");
        assertThat(GridKt._getFormatted(view.csvImport.preview, 3, "reasons")).contains("felskriven");
        assertThat(GridKt._getFormatted(view.csvImport.preview, 3, "status")).isEqualTo("Avvisad");

        _click(view.csvImport.importAll);
        assertThat(view.csvImport.importSummary.getText()).startsWith("Inget importerades");
        assertThat(GridKt._size(view.entry.months)).isZero();

        _click(view.csvImport.importValid);
        assertThat(view.csvImport.importSummary.getText())
                .isEqualTo("Importen är klar. Nya månader: 2. Uppdaterade: 0. Avvisade rader som hoppades över: 3.");
        assertThat(GridKt._size(view.entry.months)).isEqualTo(2);
        assertThat(GridKt._getFormatted(view.entry.months, 1, "offered")).isEqualTo("72,5");
    }

    @Test
    void theMonthListEndsWithTheCurrentMonth() {
        login("samordnare");
        CaseDetails c = newSouthCase();
        AbsenceView view = navigate(AbsenceView.class);
        view.code.setValue(c.caseCode());
        _click(view.showCode);
        _click(view.entry.newMonth);
        assertThat(view.entry.form.month.getListDataView().getItems().findFirst()).contains(YearMonth.now(clock));
        assertThat(view.entry.form.month.getListDataView().getItems()).allMatch(m -> !m.isAfter(YearMonth.now(clock)));
        // Long flags and reasons wrap instead of ending in "…"
        assertThat(view.entry.months.getThemeNames()).contains("wrap-cell-content");
        assertThat(view.csvImport.preview.getThemeNames()).contains("wrap-cell-content");
    }
}
