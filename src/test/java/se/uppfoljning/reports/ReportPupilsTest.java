package se.uppfoljning.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.uppfoljning.enquiries.Wave;
import se.uppfoljning.focusgroups.ParticipantRole;
import se.uppfoljning.reports.EvaluationReport.Cell;
import se.uppfoljning.reports.EvaluationReport.SectionId;
import se.uppfoljning.reports.EvaluationReport.Table;

/**
 * Issue #16: the pupils' own view in the report (paired START/END with the parents' tests and suppression, side by
 * side with the parents on shared analysis keys, response rates in the method section) and the projects' interview
 * themes side by side in the comparison section. Each figure is checked against a calculation written out here.
 */
class ReportPupilsTest {

    private static final LocalDate FROM = LocalDate.of(2025, 8, 1);
    private static final LocalDate TO = LocalDate.of(2026, 7, 31);

    private static ReportInput.Builder input(Locale language) {
        return ReportInput.builder(new ReportScope("Program", List.of("P1", "P2"), List.of(), List.of("Skolan"), FROM,
                TO, language, LocalDate.of(2026, 11, 24)));
    }

    private static List<CaseRow> cases(int n) {
        List<CaseRow> cases = new ArrayList<>();
        for (int id = 1; id <= n; id++) {
            cases.add(ReportCorrectnessTest.girl(id, "Skolan"));
        }
        return cases;
    }

    private static ItemDefinition item(String key, ItemKind kind, Integer min, Integer max) {
        return new ItemDefinition(key, kind, Map.of("sv", "Fråga " + key, "en", "Question " + key), min, max,
                List.of());
    }

    private static List<String> cells(Table t) {
        return t.rows().stream().map(r -> r.cells().subList(1, r.cells().size()).stream().map(Cell::text).toList()
                .toString()).toList();
    }

    /**
     * A 0-10 item: six pupils go from 0 to 1, 2, 3, 4, 5 and 6 (all up, no ties, no zeros): W+ = 1 + ... + 6 = 21,
     * exact two-sided p = 2 / 2^6 = 0.03125, median change 3.5. A seventh pupil declined at START and an eighth
     * answered "don't know" at END: neither is a pair. A yes/no item: six stay yes and six go no to yes: b = 0,
     * c = 6, exact McNemar p = 2 * (1/2)^6 = 0.03125.
     */
    @Test
    void pupilsArePairedOnTheSameCaseWithTheParentsTests() {
        // about the arithmetic: N = 1, since changes of one pupil each would hide W under the #12 rule
        List<AnswerRow> answers = new ArrayList<>();
        for (int id = 1; id <= 6; id++) {
            answers.add(new AnswerRow(id, Wave.START, "mood", "0", false));
            answers.add(new AnswerRow(id, Wave.END, "mood", Integer.toString(id), false));
        }
        answers.add(new AnswerRow(7, Wave.START, "mood", AnswerRow.DECLINED, false));
        answers.add(new AnswerRow(7, Wave.END, "mood", "9", false));
        answers.add(new AnswerRow(8, Wave.START, "mood", "2", false));
        answers.add(new AnswerRow(8, Wave.END, "mood", AnswerRow.DONT_KNOW, false));
        for (int id = 1; id <= 12; id++) {
            answers.add(new AnswerRow(id, Wave.START, "adult", id <= 6 ? "yes" : "no", false));
            answers.add(new AnswerRow(id, Wave.END, "adult", "yes", false));
        }
        List<ItemDefinition> items = List.of(item("mood", ItemKind.RATING, 0, 10), item("adult", ItemKind.YES_NO,
                null, null));
        EvaluationReport report = new EvaluationReportBuilder().build(input(Locale.forLanguageTag("sv"))
                .minCellSize(1).cases(cases(12)).pupilItems(items).pupilAnswers(answers).build());

        Table w = report.table("pupils/wilcoxon");
        assertThat(w.cell("Fråga mood", 1).value()).isEqualTo(6.0);
        assertThat(w.cell("Fråga mood", 2).value()).isEqualTo(3.5);
        assertThat(w.cell("Fråga mood", 3).value()).isEqualTo(21.0);
        assertThat(w.cell("Fråga mood", 4).value()).isCloseTo(0.03125, within(1e-12));
        Table m = report.table("pupils/mcnemar");
        assertThat(m.cell("Fråga adult", 1).value()).isEqualTo(12.0);
        assertThat(m.cell("Fråga adult", 2).value()).isEqualTo(0.0);
        assertThat(m.cell("Fråga adult", 3).value()).isEqualTo(6.0);
        assertThat(m.cell("Fråga adult", 4).value()).isCloseTo(0.03125, within(1e-12));
        Table mood = report.table("pupils/item/mood");
        assertThat(mood.cell("Svarande", 1).value()).as("declined is missing").isEqualTo(7.0);
        assertThat(mood.cell("Svarande", 3).value()).as("don't know is missing").isEqualTo(7.0);
        assertThat(report.section(SectionId.PUPILS).heading()).isEqualTo("Elevenkäten");

        // the same answers given by parents give the very same tables: one code, one rule
        EvaluationReport parents = new EvaluationReportBuilder().build(input(Locale.forLanguageTag("sv"))
                .minCellSize(1).cases(cases(12)).enquiryItems(items).answers(answers).build());
        assertThat(cells(report.table("pupils/wilcoxon"))).isEqualTo(cells(parents.table("enquiries/wilcoxon")));
        assertThat(cells(report.table("pupils/mcnemar"))).isEqualTo(cells(parents.table("enquiries/mcnemar")));
        assertThat(cells(report.table("pupils/item/mood"))).isEqualTo(cells(parents.table("enquiries/item/mood")));
    }

    /**
     * The parents' small-count rules hold for pupils: 1 of 7 codes answered is not printed as 14 %; a McNemar row
     * with 2 changes hides b, c and p; 3 pupils' answers at END are hidden in the item table and in the table next
     * to the parents', and the method section's sentence prints no rate the response table hides.
     */
    @Test
    void smallPupilGroupsAreHiddenLikeTheParents() {
        List<InvitationRow> codes = new ArrayList<>();
        List<AnswerRow> answers = new ArrayList<>();
        List<AnswerRow> parentAnswers = new ArrayList<>();
        for (int id = 1; id <= 12; id++) {
            if (id <= 7) {
                codes.add(new InvitationRow(id, Wave.START,
                        id == 1 ? InvitationRow.Status.SUBMITTED : InvitationRow.Status.EXPIRED));
            }
            answers.add(new AnswerRow(id, Wave.START, "adult", id <= 2 ? "no" : "yes", false));
            answers.add(new AnswerRow(id, Wave.END, "adult", "yes", false));
            answers.add(new AnswerRow(id, Wave.START, "knows-whom-to-contact", id <= 6 ? "2" : "4", false));
            if (id <= 3) {
                answers.add(new AnswerRow(id, Wave.END, "knows-whom-to-contact", "5", false));
            }
            parentAnswers.add(new AnswerRow(id, Wave.START, "knows-whom-to-contact", "3", false));
            parentAnswers.add(new AnswerRow(id, Wave.END, "knows-whom-to-contact", "4", false));
        }
        EvaluationReport report = new EvaluationReportBuilder().build(input(Locale.forLanguageTag("sv"))
                .cases(cases(12)).pupilCodes(codes)
                .pupilItems(List.of(item("adult", ItemKind.YES_NO, null, null),
                        item("knows-whom-to-contact", ItemKind.LIKERT, 1, 5)))
                .pupilAnswers(answers)
                .enquiryItems(List.of(item("knows-whom-to-contact", ItemKind.LIKERT, 1, 5)))
                .answers(parentAnswers).build());

        Table response = report.table("pupils/response");
        assertThat(response.cell("START", 1).value()).isEqualTo(7.0);
        assertThat(response.cell("START", 2).suppressed()).as("1 of 7").isTrue();
        Table m = report.table("pupils/mcnemar");
        assertThat(m.cell("Fråga adult", 1).value()).isEqualTo(12.0);
        for (int col = 2; col <= 4; col++) {
            assertThat(m.cell("Fråga adult", col).suppressed()).as("column %d", col).isTrue();
        }
        Table item = report.table("pupils/item/knows-whom-to-contact");
        assertThat(item.cell("Svarande", 3).suppressed()).as("3 at END").isTrue();
        Table side = report.table("pupils/side-by-side/knows-whom-to-contact");
        assertThat(side.header()).containsExactly("Svar", "Vårdnadshavare START", "Vårdnadshavare SLUT",
                "Elever START", "Elever SLUT");
        assertThat(side.cell("Svarande", 1).value()).isEqualTo(12.0);
        assertThat(side.cell("Svarande", 4).suppressed()).isTrue();
        assertThat(side.cell("3", 1).value()).as("parents START: all 3").isEqualTo(100.0);
        assertThat(side.cell("2", 3).value()).as("pupils START: 6 of 12 at 2").isEqualTo(50.0);
        assertThat(side.cell("5", 4).suppressed()).isTrue();
        List<String> all = EvaluationReportBuilderTest.allTexts(report);
        assertThat(all).noneMatch(t -> t.contains("14\u00a0%"));
        assertThat(report.section(SectionId.METHOD).blocks().toString())
                .contains("elever START " + EvaluationReport.SUPPRESSED);
    }

    /** The method section states the pupils' response rates per wave, next to the parents'. */
    @Test
    void theMethodSectionStatesThePupilsResponseRates() {
        List<InvitationRow> codes = new ArrayList<>();
        List<InvitationRow> invitations = new ArrayList<>();
        for (int id = 1; id <= 20; id++) {
            codes.add(new InvitationRow(id, Wave.START,
                    id <= 15 ? InvitationRow.Status.SUBMITTED : InvitationRow.Status.EXPIRED));
            codes.add(new InvitationRow(id, Wave.END, InvitationRow.Status.REVOKED));
            invitations.add(new InvitationRow(id, Wave.START,
                    id <= 10 ? InvitationRow.Status.SUBMITTED : InvitationRow.Status.EXPIRED));
        }
        EvaluationReport sv = new EvaluationReportBuilder().build(input(Locale.forLanguageTag("sv")).cases(cases(20))
                .pupilCodes(codes).invitations(invitations).build());
        assertThat(sv.section(SectionId.METHOD).blocks().toString())
                .contains("vårdnadshavare START 50\u00a0%, SLUT ingen inbjuden; elever START 75\u00a0%, SLUT ingen inbjuden");
        assertThat(sv.table("pupils/response").cell("START", 2).value()).isEqualTo(75.0);
        EvaluationReport en = new EvaluationReportBuilder().build(input(Locale.ENGLISH).cases(cases(20))
                .pupilCodes(codes).invitations(invitations).build());
        assertThat(en.section(SectionId.METHOD).blocks().toString()).contains("pupils START 75%")
                .as("no placeholder left unfilled by an apostrophe").doesNotContain("{0}");
        assertThat(en.section(SectionId.PUPILS).heading()).isEqualTo("Pupil questionnaire");
    }

    private static ProjectInterviewRow interview(String id, String project, int month, int staff,
                                                 List<ProjectInterviewRow.Theme> themes, List<QuoteRow> quotes) {
        return new ProjectInterviewRow(id, project, month, LocalDate.of(2025, 9, 1).plusMonths(month),
                Map.of(ParticipantRole.PROJECT_STAFF, staff, ParticipantRole.SCHOOL_STAFF, 1), themes, quotes);
    }

    /**
     * Two projects interviewed at start and after six months: per theme a table with a row per project and a column
     * per occasion, giving notes and codes; participants by function; quotes only when quotable and the project's
     * interviews at that occasion had at least N participants; and the interviews are not counted as focus groups.
     */
    @Test
    void theComparisonSetsBothProjectsInterviewThemesSideBySideAtBothOccasions() {
        var organisation = "Organisation";
        var results = "Resultat";
        List<ProjectInterviewRow> interviews = List.of(
                interview("1", "P1", 0, 2, List.of(new ProjectInterviewRow.Theme(organisation, 3, List.of("Roller"))),
                        List.of(new QuoteRow("Vi började från noll", ParticipantRole.PROJECT_STAFF, organisation,
                                true))),
                interview("2", "P1", 6, 5, List.of(new ProjectInterviewRow.Theme(organisation, 2, List.of()),
                        new ProjectInterviewRow.Theme(results, 4, List.of("Närvaro", "Samverkan"))),
                        List.of(new QuoteRow("Nu hittar vi eleverna tidigt", ParticipantRole.PROJECT_STAFF, results,
                                        true),
                                new QuoteRow("Inte för publicering", ParticipantRole.SCHOOL_STAFF, results, false))),
                interview("3", "P2", 0, 3, List.of(new ProjectInterviewRow.Theme(organisation, 1, List.of("Ledning"))),
                        List.of()),
                interview("4", "P2", 6, 3, List.of(new ProjectInterviewRow.Theme(results, 2, List.of("Närvaro"))),
                        List.of()));
        EvaluationReport report = new EvaluationReportBuilder().build(input(Locale.forLanguageTag("sv"))
                .cases(cases(6)).projectInterviews(interviews).build());

        Table org = report.table("comparison/interviews/theme/1");
        assertThat(org.caption()).isEqualTo("Tema: Organisation");
        assertThat(org.header()).containsExactly("Projekt", "Start", "Efter sex månader");
        assertThat(org.cell("P1", 1).text()).isEqualTo("Anteckningar: 3. Koder: Roller");
        assertThat(org.cell("P1", 2).text()).isEqualTo("Anteckningar: 2");
        assertThat(org.cell("P2", 1).text()).isEqualTo("Anteckningar: 1. Koder: Ledning");
        assertThat(org.cell("P2", 2).text()).isEqualTo("Inga anteckningar");
        Table res = report.table("comparison/interviews/theme/2");
        assertThat(res.caption()).isEqualTo("Tema: Resultat");
        assertThat(res.cell("P1", 2).text()).isEqualTo("Anteckningar: 4. Koder: Närvaro, Samverkan");
        assertThat(res.cell("P2", 2).text()).isEqualTo("Anteckningar: 2. Koder: Närvaro");
        Table who = report.table("comparison/interviews/participants");
        assertThat(who.cell("P1", 1).text()).isEqualTo("Skolpersonal 1, Projektpersonal 2");
        assertThat(who.cell("P1", 2).text()).isEqualTo("Skolpersonal 1, Projektpersonal 5");

        List<String> all = EvaluationReportBuilderTest.allTexts(report);
        assertThat(all).anyMatch(t -> t.contains("Nu hittar vi eleverna tidigt"));
        assertThat(all).as("3 participants at P1's start").noneMatch(t -> t.contains("Vi började från noll"));
        assertThat(all).noneMatch(t -> t.contains("Inte för publicering"));
        assertThat(report.section(SectionId.COMPARISON).blocks()).anySatisfy(b -> assertThat(b)
                .isEqualTo(new EvaluationReport.Quote("Nu hittar vi eleverna tidigt",
                        "Projektpersonal (projekt P1, Efter sex månader), om Resultat")));
        assertThat(report.section(SectionId.FOCUS_GROUPS).blocks().toString())
                .contains("Inga fokusgruppssamtal har registrerats");
        // the condensed report (view and PDF) keeps the text tables
        assertThat(ReportCondenser.condense(report).table("comparison/interviews/theme/1")).isEqualTo(org);
    }
}
