package se.uppfoljning.enquiries.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.uppfoljning.KaribuTest;
import se.uppfoljning.base.DemoProperties;
import se.uppfoljning.cases.ReferenceDataService;
import se.uppfoljning.enquiries.CreatedInvitation;
import se.uppfoljning.enquiries.InvitationService;
import se.uppfoljning.enquiries.Wave;
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

    private CreatedInvitation invite() {
        InvitationService invitations = ctx.getBean(InvitationService.class);
        var project = ctx.getBean(ReferenceDataService.class).projects().stream()
                .filter(p -> p.name().equals(DemoProperties.PROJECT_SOUTH)).findFirst().orElseThrow();
        long caseId = invitations.activeCaseIds(project.id(), project.schools().getLast().id()).getFirst();
        return invitations.create(List.of(caseId), Wave.START, "sv+so", true).getFirst();
    }
}
