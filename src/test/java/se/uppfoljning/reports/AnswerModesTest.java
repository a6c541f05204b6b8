package se.uppfoljning.reports;

import se.uppfoljning.enquiries.Wave;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The method section counts answers per mode and wave (issue #15, item 3) without giving a small count away: a
 * small mode is hidden with a second one, and a wave whose response rate is hidden shows no mode at all (the
 * modes add up to the respondents). N = 5.
 */
class AnswerModesTest {

    private static final LocalDate FROM = LocalDate.of(2025, 8, 1);
    private static final LocalDate TO = LocalDate.of(2026, 7, 31);

    @Test
    void answersAreCountedPerModeAndWaveWithSmallModesHiddenTogether() {
        List<InvitationRow> invitations = new ArrayList<>();
        for (int id = 1; id <= 30; id++) {
            // START: 16 web, 3 paper, 1 telephone, 10 not answered; END: 10 web, 10 paper, 10 not answered
            InvitationRow.Mode start = id <= 16 ? InvitationRow.Mode.WEB : id <= 19 ? InvitationRow.Mode.PAPER
                    : id == 20 ? InvitationRow.Mode.TELEPHONE : null;
            invitations.add(row(id, Wave.START, start));
            invitations.add(row(id, Wave.END, id <= 10 ? InvitationRow.Mode.WEB
                    : id <= 20 ? InvitationRow.Mode.PAPER : null));
        }
        EvaluationReport.Table modes = report(30, invitations).table("method/answer-modes");

        assertThat(modes.header()).containsExactly("Mättillfälle", "Webb", "Pappersblankett", "Telefonintervju",
                "Svarande");
        assertThat(modes.cell("START", 4).value()).isEqualTo(20.0);
        assertThat(modes.cell("START", 2).suppressed()).as("3 paper forms").isTrue();
        assertThat(modes.cell("START", 3).suppressed()).as("1 telephone interview").isTrue();
        assertThat(hiddenModes(modes, "START")).as("no hidden mode recomputable from the respondents").isGreaterThanOrEqualTo(2);
        assertThat(modes.cell("SLUT", 1).value()).isEqualTo(10.0);
        assertThat(modes.cell("SLUT", 2).value()).isEqualTo(10.0);
        assertThat(modes.cell("SLUT", 3).value()).as("an empty mode describes nobody").isEqualTo(0.0);
        assertThat(modes.cell("SLUT", 4).value()).isEqualTo(20.0);
        assertThat(modes.notes()).anyMatch(n -> n.contains("–"));
    }

    /** 28 of 30 answered: the rate is hidden (2 non-respondents), so "28 on the web" would give the 2 away. */
    @Test
    void aWaveWhoseResponseRateIsHiddenShowsNoModes() {
        List<InvitationRow> invitations = new ArrayList<>();
        for (int id = 1; id <= 30; id++) {
            invitations.add(row(id, Wave.START, id <= 28 ? InvitationRow.Mode.WEB : null));
            invitations.add(row(id, Wave.END, id <= 2 ? InvitationRow.Mode.PAPER : null));
        }
        EvaluationReport report = report(30, invitations);
        assertThat(report.table("enquiries/response").cell("START", 2).suppressed()).isTrue();
        EvaluationReport.Table modes = report.table("method/answer-modes");
        for (String wave : List.of("START", "SLUT")) {
            for (int column = 1; column <= 4; column++) {
                assertThat(modes.cell(wave, column).suppressed()).as(wave + " column " + column).isTrue();
            }
        }
    }

    @Test
    void withoutInvitationsEveryModeIsZero() {
        EvaluationReport.Table modes = report(10, List.of()).table("method/answer-modes");
        assertThat(modes.cell("START", 1).value()).isEqualTo(0.0);
        assertThat(modes.cell("START", 4).value()).isEqualTo(0.0);
        assertThat(modes.hasSuppressedCells()).isFalse();
    }

    private static int hiddenModes(EvaluationReport.Table t, String wave) {
        int hidden = 0;
        for (int column = 1; column <= 3; column++) {
            hidden += t.cell(wave, column).suppressed() ? 1 : 0;
        }
        return hidden;
    }

    private static InvitationRow row(long caseId, Wave wave, InvitationRow.Mode mode) {
        return new InvitationRow(caseId, wave, mode == null ? InvitationRow.Status.EXPIRED : InvitationRow.Status.SUBMITTED,
                mode);
    }

    private static EvaluationReport report(int cases, List<InvitationRow> invitations) {
        List<CaseRow> rows = new ArrayList<>();
        for (int id = 1; id <= cases; id++) {
            rows.add(new CaseRow(id, SmallInput.code(id), "P1", "D1", "Skolan", 7 + id % 3,
                    id % 2 == 0 ? CaseRow.Gender.GIRL : CaseRow.Gender.BOY, CaseRow.Status.ACTIVE, null, null, null,
                    null, LocalDate.of(2025, 9, 1), null));
        }
        return new EvaluationReportBuilder().build(ReportInput.builder(new ReportScope("Program", List.of("P1"),
                        List.of(), List.of("Skolan"), FROM, TO, Locale.forLanguageTag("sv"), LocalDate.of(2026, 11, 24)))
                .cases(rows).invitations(invitations).build());
    }
}
