package se.uppfoljning.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.uppfoljning.enquiries.Wave;
import se.uppfoljning.focusgroups.ParticipantRole;

/**
 * Issue #12, disclosure examples 1 to 3: figures derived from counts (percentages, shares, quotes) must not give
 * a hidden or small count away, in the table they stand in nor in any other section.
 */
class ReportDisclosureTest {

    private static final LocalDate FROM = LocalDate.of(2025, 8, 1);
    private static final LocalDate TO = LocalDate.of(2026, 7, 31);

    private static CaseRow caseRow(long id, CaseRow.Status status) {
        return new CaseRow(id, SmallInput.code((int) id), "P1", "D1", "Skolan", 7 + (int) (id % 3),
                id % 2 == 0 ? CaseRow.Gender.GIRL : CaseRow.Gender.BOY, status,
                status == CaseRow.Status.DROPPED_OUT ? CaseRow.DropoutReason.MOVED : null, null, null, null,
                LocalDate.of(2025, 9, 1), status == CaseRow.Status.ACTIVE ? null : LocalDate.of(2026, 5, 1));
    }

    private static ReportInput.Builder input() {
        return ReportInput.builder(new ReportScope("Program", List.of("P1"), List.of(), List.of("Skolan"), FROM, TO,
                Locale.forLanguageTag("sv"), LocalDate.of(2026, 11, 24)));
    }

    private static List<String> texts(ReportInput input) {
        return EvaluationReportBuilderTest.allTexts(new EvaluationReportBuilder().build(input));
    }

    /** #12.1: "Inbjudna 7, Svarsfrekvens 14 %" is 1 of 7; "13 % of 23 invited" is 3; "14 % of 22 pupils" is 3. */
    @Test
    void noPercentageNextToItsBaseGivesASmallCountAway() {
        List<CaseRow> cases = new ArrayList<>();
        List<InvitationRow> invitations = new ArrayList<>();
        List<AbsenceRow> absence = new ArrayList<>();
        for (int id = 1; id <= 23; id++) {
            cases.add(caseRow(id, id <= 11 ? CaseRow.Status.COMPLETED : CaseRow.Status.ACTIVE));
            if (id <= 7) {
                invitations.add(new InvitationRow(id, Wave.START,
                        id == 1 ? InvitationRow.Status.SUBMITTED : InvitationRow.Status.EXPIRED));
            }
            invitations.add(new InvitationRow(id, Wave.END,
                    id <= 3 ? InvitationRow.Status.SUBMITTED : InvitationRow.Status.EXPIRED));
            if (id <= 22) { // 3 of 22 at 20 % unauthorised absence or more
                absence.add(AbsenceRow.ofHours(id, YearMonth.of(2025, 10), 100, id <= 3 ? 25 : 2, 0));
            }
        }
        EvaluationReport report = new EvaluationReportBuilder().build(input().cases(cases).invitations(invitations)
                .absence(absence).build());
        EvaluationReport.Table response = report.table("enquiries/response");
        assertThat(response.cell("START", 1).value()).isEqualTo(7.0);
        assertThat(response.cell("START", 2).suppressed()).as("14 % of 7").isTrue();
        assertThat(response.cell("SLUT", 2).suppressed()).as("13 % of 23").isTrue();
        EvaluationReport.Table monthly = report.table("attendance/monthly");
        assertThat(monthly.cell("2025-10", 1).value()).isEqualTo(22.0);
        assertThat(monthly.cell("2025-10", 5).suppressed()).as("14 % of 22").isTrue();
        assertThat(report.table("comparison").cell("Skolan", 2).suppressed()).isTrue();
        List<String> all = EvaluationReportBuilderTest.allTexts(report);
        assertThat(all).noneMatch(t -> t.contains("14\u00a0%") || t.contains("13\u00a0%"));
    }

    /** #12.2: completed 11 of 23 printed, the rest hidden: "Fullföljda enligt plan 85 %" would be 11 of 13. */
    @Test
    void noShareInAnotherSectionGivesAHiddenCountAway() {
        List<CaseRow> cases = new ArrayList<>();
        for (int id = 1; id <= 23; id++) {
            cases.add(caseRow(id, id <= 11 ? CaseRow.Status.COMPLETED
                    : id <= 13 ? CaseRow.Status.DROPPED_OUT : CaseRow.Status.ACTIVE));
        }
        List<String> all = texts(input().cases(cases).build());
        assertThat(all).noneMatch(t -> t.contains("85\u00a0%"));
    }

    /** #12.3: 3 END respondents: their free text is not printed; 3 focus-group participants: no quotes. */
    @Test
    void freeTextAndQuotesNeedAtLeastTheMinimumOfRespondents() {
        List<CaseRow> cases = new ArrayList<>();
        List<AnswerRow> answers = new ArrayList<>();
        for (int id = 1; id <= 8; id++) {
            cases.add(caseRow(id, CaseRow.Status.COMPLETED));
            if (id <= 3) {
                answers.add(new AnswerRow(id, Wave.END, "text", "Mina egna ord " + id, true));
            }
        }
        ReportInput in = input().cases(cases).answers(answers)
                .enquiryItems(List.of(new ItemDefinition("text", ItemKind.TEXT, Map.of("sv", "Berätta"), null, null,
                        List.of())))
                .focusGroupSessions(List.of(new FocusGroupSessionRow("S1", LocalDate.of(2025, 11, 3), "Skolan", null,
                        Map.of(ParticipantRole.PARENT, 3))))
                .quotes(List.of(new QuoteRow("Det sa jag på mötet", ParticipantRole.PARENT, "Tema", true)))
                .build();
        List<String> all = texts(in);
        assertThat(all).noneMatch(t -> t.contains("Mina egna ord"));
        assertThat(all).noneMatch(t -> t.contains("Det sa jag på mötet"));
    }
}
