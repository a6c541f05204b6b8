package se.uppfoljning.enquiries.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.uppfoljning.KaribuTest;
import se.uppfoljning.base.DemoProperties;
import se.uppfoljning.cases.ProjectListItem;
import se.uppfoljning.cases.ReferenceDataService;
import se.uppfoljning.enquiries.CreatedInvitation;
import se.uppfoljning.enquiries.InvitationService;
import se.uppfoljning.enquiries.PaperEntryService;
import se.uppfoljning.enquiries.Wave;
import se.uppfoljning.surveys.Question;
import se.uppfoljning.surveys.QuestionType;
import se.uppfoljning.surveys.form.SurveyFormFiller;

class PaperEntryViewTest extends KaribuTest {

    @Test
    void aCoordinatorEntersAReturnedTelephoneInterviewInSomaliByTheCodeOnTheForm() {
        login("samordnare");
        CreatedInvitation inv = invite();
        PaperEntryView view = navigate(PaperEntryView.class);

        view.code.setValue("WRONG-CODE-1234");
        _click(view.open);
        assertThat(view.code.isInvalid()).isTrue();
        assertThat(view.code.getErrorMessage()).isEqualTo("Ingen inbjudan har den koden. Kontrollera koden på blanketten.");

        view.code.setValue(inv.code());
        _click(view.open);
        assertThat(view.language.getListDataView().getItems().toList()).contains("sv", "so", "ti");
        view.language.setValue("so");
        view.mode.setValue(se.uppfoljning.enquiries.AnswerMode.TELEPHONE);
        SurveyFormFiller.fillAll(view.form, view.opened.template(), Map.of());
        SurveyFormFiller.submit(view.form);

        JdbcClient jdbc = ctx.getBean(JdbcClient.class);
        assertThat(jdbc.sql("SELECT mode, entered_by FROM enquiry_submission WHERE invitation_id = ?")
                .param(inv.invitationId()).query((rs, n) -> rs.getString(1) + "/" + rs.getString(2)).single())
                .isEqualTo("TELEPHONE/samordnare");
        assertThat(jdbc.sql("SELECT r.language FROM survey_response r JOIN enquiry_submission s ON s.response_id = r.id"
                + " WHERE s.invitation_id = ?").param(inv.invitationId()).query(String.class).single()).isEqualTo("so");

        view.code.setValue(inv.code());
        _click(view.open);
        assertThat(view.code.getErrorMessage()).startsWith("Den här inbjudan är redan besvarad");
    }

    @Test
    void facilitatorsCannotOpenTheScreen() {
        login("samtalsledare");
        assertThatThrownBy(() -> UI.getCurrent().navigate(PaperEntryView.class)).isInstanceOf(MockAccessDeniedException.class);
    }

    /**
     * Double entry in the Nordväst project: an administrator switches it on, samordnare.nv enters the form,
     * admin-demo enters it again with one answer different, and samordnare.nv resolves the discrepancy.
     */
    @Test
    void aDoubleEnteredFormWithADiscrepancyCountsOnceACoordinatorHasResolvedIt() {
        login("admin-demo");
        PaperEntryView settings = navigate(PaperEntryView.class);
        ProjectListItem northwest = settings.project.getListDataView().getItems()
                .filter(p -> p.name().equals(DemoProperties.PROJECT_NORTHWEST)).findFirst().orElseThrow();
        settings.project.setValue(northwest);
        settings.doubleEntry.setValue(true);
        PaperEntryService paper = ctx.getBean(PaperEntryService.class);
        try {
            assertThat(paper.doubleEntry(northwest.id())).isTrue();
            InvitationService invitations = ctx.getBean(InvitationService.class);
            CreatedInvitation inv = invitations.create(List.of(invitations.activeCaseIds(northwest.id(), null)
                    .getFirst()), Wave.START, "sv", true).getFirst();

            login("samordnare.nv");
            PaperEntryView first = openCode(inv);
            assertThat(first.project.getParent()).as("only administrators switch double entry").isEmpty();
            assertThat(first.entryNo.getText()).isEqualTo("Dubbel inmatning: det här är inmatning 1 av 2.");
            Question likert = first.opened.template().questions().stream()
                    .filter(q -> q.type() == QuestionType.LIKERT && q.required()).findFirst().orElseThrow();
            fillAndSubmit(first, likert, "1");
            NotificationsKt.expectNotifications("Första inmatningen är sparad. En annan person matar in samma blankett"
                    + " en gång till; först då räknas svaret.");

            login("admin-demo");
            PaperEntryView second = openCode(inv);
            assertThat(second.entryNo.getText()).endsWith("inmatning 2 av 2.");
            fillAndSubmit(second, likert, "2");
            NotificationsKt.expectNotifications("Den andra inmatningen skiljer sig från den första. En samordnare löser"
                    + " skillnaderna under \"Skillnader att lösa\"; först då räknas svaret.");

            login("samordnare.nv");
            PaperEntryView resolver = navigate(PaperEntryView.class);
            resolver.showComparison(inv.invitationId());
            assertThat(resolver.choices.keySet()).containsExactly(likert.id());
            RadioButtonGroup<List<String>> group = resolver.choices.get(likert.id());
            assertThat(group.getLabel()).isEqualTo(likert.text().in("sv"));
            NotificationsKt.clearNotifications();
            _click(resolver.resolve);
            NotificationsKt.expectNotifications("Välj ett svar för en fråga till innan du sparar.");
            group.setValue(List.of("2"));
            _click(resolver.resolve);
            NotificationsKt.expectNotifications("Skillnaderna är lösta och svaret är inskickat.");

            JdbcClient jdbc = ctx.getBean(JdbcClient.class);
            assertThat(jdbc.sql("SELECT CONCAT(mode, '/', entered_by, '/', checked_by, '/', resolved_by)"
                    + " FROM enquiry_submission WHERE invitation_id = ?").param(inv.invitationId())
                    .query(String.class).single()).isEqualTo("PAPER/samordnare.nv/admin-demo/samordnare.nv");
            assertThat(jdbc.sql("SELECT a.answer_value FROM survey_answer a JOIN enquiry_submission s"
                    + " ON s.response_id = a.response_id WHERE s.invitation_id = ? AND a.question_id = ?")
                    .params(inv.invitationId(), likert.id()).query(String.class).single()).isEqualTo("2");
        } finally {
            login("admin-demo");
            paper.setDoubleEntry(northwest.id(), false);
        }
    }

    private PaperEntryView openCode(CreatedInvitation inv) {
        PaperEntryView view = navigate(PaperEntryView.class);
        view.code.setValue(inv.code());
        _click(view.open);
        return view;
    }

    private static void fillAndSubmit(PaperEntryView view, Question question, String value) {
        NotificationsKt.clearNotifications();
        SurveyFormFiller.fillAll(view.form, view.opened.template(), Map.of(question.id(), value));
        SurveyFormFiller.submit(view.form);
    }

    private CreatedInvitation invite() {
        InvitationService invitations = ctx.getBean(InvitationService.class);
        var project = ctx.getBean(ReferenceDataService.class).projects().stream()
                .filter(p -> p.name().equals(DemoProperties.PROJECT_SOUTH)).findFirst().orElseThrow();
        long caseId = invitations.activeCaseIds(project.id(), project.schools().getLast().id()).getFirst();
        return invitations.create(List.of(caseId), Wave.START, "sv+so", true).getFirst();
    }
}
