package se.uppfoljning.enquiries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import se.uppfoljning.IntegrationTest;
import se.uppfoljning.TestLogin;
import se.uppfoljning.base.BusinessException;
import se.uppfoljning.base.DemoProperties;
import se.uppfoljning.cases.ReferenceDataService;
import se.uppfoljning.surveys.Answers;
import se.uppfoljning.surveys.TestTemplates;

/** The paper route on the real database: one answer per invitation whatever the mode, who entered it, audited. */
@IntegrationTest
class PaperEntryServiceTest {

    @Autowired
    InvitationService invitations;
    @Autowired
    ParentAnswerService parents;
    @Autowired
    PaperEntryService paper;
    @Autowired
    ReferenceDataService reference;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    @Test
    void aReturnedPaperFormIsStoredWithModeAndEnteringStaffAndTheWebLinkThenSaysAnswered() throws Exception {
        CreatedInvitation inv = invite();
        String printed = se.uppfoljning.base.pdf.PdfChecks.text(invitations.paperQuestionnaires(List.of(inv)), 1, 1);
        assertThat(printed).as("the printed form is in the family's language, with the code").contains(inv.code(),
                "Su'aalo loogu talagalay waalidiinta");
        PaperEntryService.PaperForm form = paper.open(inv.code().toLowerCase().replace("-", " "));
        assertThat(form.invitationId()).isEqualTo(inv.invitationId());
        Answers answers = TestTemplates.minimalAnswers(form.template());

        paper.enter(form.invitationId(), AnswerMode.PAPER, "so", answers);

        assertThat(jdbc.sql("SELECT mode, entered_by FROM enquiry_submission WHERE invitation_id = ?")
                .param(inv.invitationId()).query((rs, n) -> rs.getString(1) + "/" + rs.getString(2)).single())
                .isEqualTo("PAPER/samordnare");
        assertThat(jdbc.sql("SELECT details FROM audit_entry WHERE action = 'ENQUIRY_ANSWER_ENTERED' AND target = ?")
                .param("invitation:" + inv.invitationId()).query(String.class).list()).containsExactly("PAPER");
        assertThatThrownBy(() -> paper.enter(form.invitationId(), AnswerMode.TELEPHONE, "sv", answers))
                .isInstanceOf(BusinessException.class).hasMessageContaining("enquiries.paper.error.already-answered");
        TestLogin.logout();
        assertThatThrownBy(() -> parents.openLink(inv.link().substring(inv.link().lastIndexOf('/') + 1)))
                .isInstanceOfSatisfying(ParentAnswerService.LinkClosed.class, e -> assertThat(e.reason()).isEqualTo("used"));
    }

    @Test
    void anInvitationAnsweredOnTheWebIsNotEnteredFromPaper() {
        CreatedInvitation inv = invite();
        TestLogin.logout();
        long id = parents.openLink(inv.link().substring(inv.link().lastIndexOf('/') + 1));
        parents.submit(id, TestTemplates.minimalAnswers(parents.load(id).template()));
        TestLogin.login(users, "samordnare");
        assertThatThrownBy(() -> paper.open(inv.code())).isInstanceOf(BusinessException.class)
                .hasMessageContaining("enquiries.paper.error.already-answered");
        assertThat(jdbc.sql("SELECT mode FROM enquiry_submission WHERE invitation_id = ?").param(id)
                .query(String.class).single()).isEqualTo("WEB");
    }

    @Test
    void onlyCoordinatorsAndAdministratorsEnterAnswersAndWebIsNoStaffMode() {
        CreatedInvitation inv = invite();
        assertThatThrownBy(() -> paper.enter(inv.invitationId(), AnswerMode.WEB, "sv", Answers.empty()))
                .isInstanceOf(BusinessException.class).hasMessageContaining("enquiries.paper.error.mode");
        TestLogin.login(users, "samtalsledare");
        assertThatThrownBy(() -> paper.open(inv.code())).isInstanceOf(AccessDeniedException.class);
    }

    private CreatedInvitation invite() {
        TestLogin.login(users, "samordnare");
        var project = reference.projects().stream().filter(p -> p.name().equals(DemoProperties.PROJECT_SOUTH)).findFirst()
                .orElseThrow();
        long caseId = invitations.activeCaseIds(project.id(), project.schools().getLast().id()).getFirst();
        return invitations.create(List.of(caseId), Wave.START, "sv+so", true).getFirst();
    }
}
