package se.uppfoljning.enquiries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import se.uppfoljning.IntegrationTest;
import se.uppfoljning.TestLogin;
import se.uppfoljning.base.BusinessException;
import se.uppfoljning.base.DemoProperties;
import se.uppfoljning.cases.ProjectListItem;
import se.uppfoljning.cases.ReferenceDataService;
import se.uppfoljning.surveys.Answers;
import se.uppfoljning.surveys.Question;
import se.uppfoljning.surveys.QuestionType;
import se.uppfoljning.surveys.ResponsePurpose;
import se.uppfoljning.surveys.ResponseService;
import se.uppfoljning.surveys.SurveyTemplate;
import se.uppfoljning.surveys.TestTemplates;

/**
 * Double entry of returned paper forms (issue #15, item 3), on the real database, in the Nordväst project
 * (switched on here, off again after each test): samordnare.nv enters first, admin-demo second.
 */
@IntegrationTest
class PaperDoubleEntryTest {

    static final String FIRST = "samordnare.nv";
    static final String SECOND = "admin-demo";

    @Autowired
    InvitationService invitations;
    @Autowired
    ParentAnswerService parents;
    @Autowired
    PaperEntryService paper;
    @Autowired
    ResponseService responses;
    @Autowired
    ReferenceDataService reference;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    ProjectListItem project;

    @BeforeEach
    void switchOn() {
        TestLogin.login(users, SECOND);
        project = reference.projects().stream().filter(p -> p.name().equals(DemoProperties.PROJECT_NORTHWEST))
                .findFirst().orElseThrow();
        paper.setDoubleEntry(project.id(), true);
    }

    @AfterEach
    void switchOff() {
        TestLogin.login(users, SECOND);
        paper.setDoubleEntry(project.id(), false);
        TestLogin.logout();
    }

    @Test
    void theSamePersonCannotMakeTheSecondEntryAndMatchingEntriesSubmit() {
        CreatedInvitation inv = invite();
        PaperEntryService.PaperForm form = as(FIRST, () -> paper.open(inv.code()));
        assertThat(form.doubleEntry()).isTrue();
        assertThat(form.entryNo()).isEqualTo(1);
        Answers answers = TestTemplates.minimalAnswers(form.template());

        assertThat(as(FIRST, () -> paper.enter(inv.invitationId(), AnswerMode.PAPER, "sv", answers)))
                .isEqualTo(PaperEntryService.EntryOutcome.FIRST_ENTRY_SAVED);
        assertThat(submitted(inv)).as("one entry is not an answer").isFalse();
        assertThat(answersInReports(inv)).isEmpty();

        assertThatThrownBy(() -> as(FIRST, () -> paper.open(inv.code()))).isInstanceOf(BusinessException.class)
                .hasMessageContaining("enquiries.paper.error.same-person");
        assertThatThrownBy(() -> as(FIRST, () -> paper.enter(inv.invitationId(), AnswerMode.PAPER, "sv", answers)))
                .isInstanceOf(BusinessException.class).hasMessageContaining("enquiries.paper.error.same-person");

        assertThat(as(SECOND, () -> paper.open(inv.code())).entryNo()).isEqualTo(2);
        assertThat(as(SECOND, () -> paper.enter(inv.invitationId(), AnswerMode.PAPER, "sv", answers)))
                .isEqualTo(PaperEntryService.EntryOutcome.SUBMITTED);

        assertThat(submitted(inv)).isTrue();
        assertThat(jdbc.sql("SELECT CONCAT(mode, '/', entered_by, '/', checked_by) FROM enquiry_submission WHERE invitation_id = ?")
                .param(inv.invitationId()).query(String.class).single()).isEqualTo("PAPER/" + FIRST + "/" + SECOND);
        assertThat(answersInReports(inv)).isNotEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM enquiry_paper_entry WHERE invitation_id = ? AND answers_json IS NULL"
                + " AND outcome = 'MATCHED'").param(inv.invitationId()).query(Integer.class).single())
                .as("the two copies are wiped once the answer counts").isEqualTo(2);
        assertThat(audit(inv, "ENQUIRY_ANSWER_ENTERED")).containsExactly("PAPER entry 1 of 2",
                "PAPER entry 2 of 2, matching, submitted");
    }

    @Test
    void discrepanciesAreListedPerQuestionAndCountOnlyOnceResolved() {
        CreatedInvitation inv = invite();
        DifferingEntries entries = enterTwiceWithOneDifference(inv);
        Answers first = entries.first();
        Answers second = entries.second();
        Question likert = entries.likert();

        assertThat(entries.outcome()).isEqualTo(PaperEntryService.EntryOutcome.DISCREPANCIES);
        assertThat(submitted(inv)).isFalse();
        assertThat(answersInReports(inv)).as("not in reports or exports before resolution").isEmpty();
        assertThatThrownBy(() -> as(FIRST, () -> paper.open(inv.code()))).isInstanceOf(BusinessException.class)
                .hasMessageContaining("enquiries.paper.error.awaiting-resolution");

        PaperEntryService.Comparison c = as(FIRST, () -> paper.awaitingResolution()).stream()
                .filter(x -> x.invitationId() == inv.invitationId()).findFirst().orElseThrow();
        assertThat(c.firstBy()).isEqualTo(FIRST);
        assertThat(c.secondBy()).isEqualTo(SECOND);
        assertThat(c.discrepancies()).containsExactly(new PaperEntryService.Discrepancy(likert.id(),
                first.values(likert.id()), second.values(likert.id())));

        assertThatThrownBy(() -> as(FIRST, () -> {
            paper.resolve(inv.invitationId(), Map.of());
            return null;
        })).isInstanceOf(BusinessException.class).hasMessageContaining("enquiries.paper.error.unresolved");
        as(FIRST, () -> {
            paper.resolve(inv.invitationId(), Map.of(likert.id(), second.values(likert.id())));
            return null;
        });

        assertThat(submitted(inv)).isTrue();
        assertThat(answersInReports(inv)).contains(likert.id() + "=" + likert.scale().max());
        assertThat(jdbc.sql("SELECT CONCAT(entered_by, '/', checked_by, '/', resolved_by) FROM enquiry_submission"
                + " WHERE invitation_id = ?").param(inv.invitationId()).query(String.class).single())
                .isEqualTo(FIRST + "/" + SECOND + "/" + FIRST);
        assertThat(audit(inv, "ENQUIRY_DISCREPANCIES_RESOLVED")).containsExactly("1 discrepancies");
        assertThat(as(FIRST, () -> paper.awaitingResolution()))
                .noneMatch(x -> x.invitationId() == inv.invitationId());
    }

    @Test
    void aWebAnswerArrivingMeanwhileWinsAndTheEntrantsAreToldWhy() {
        CreatedInvitation inv = invite();
        SurveyTemplate template = as(FIRST, () -> paper.open(inv.code())).template();
        Answers paperAnswers = TestTemplates.minimalAnswers(template);
        as(FIRST, () -> paper.enter(inv.invitationId(), AnswerMode.PAPER, "sv", paperAnswers));

        answerOnTheWeb(inv);

        assertThatThrownBy(() -> as(SECOND, () -> paper.enter(inv.invitationId(), AnswerMode.PAPER, "sv", paperAnswers)))
                .isInstanceOf(BusinessException.class).hasMessageContaining("enquiries.paper.error.answered-on-web");
        assertThatThrownBy(() -> as(SECOND, () -> paper.open(inv.code()))).isInstanceOf(BusinessException.class)
                .hasMessageContaining("enquiries.paper.error.answered-on-web");
        assertThat(jdbc.sql("SELECT mode FROM enquiry_submission WHERE invitation_id = ?").param(inv.invitationId())
                .query(String.class).single()).isEqualTo("WEB");
        assertThat(jdbc.sql("SELECT CONCAT(outcome, '/', answers_json IS NULL) FROM enquiry_paper_entry WHERE invitation_id = ?")
                .param(inv.invitationId()).query(String.class).list()).containsExactly("WEB_ANSWER/1");
    }

    @Test
    void aWebAnswerWinsOverAFormAwaitingResolution() {
        CreatedInvitation inv = invite();
        DifferingEntries entries = enterTwiceWithOneDifference(inv);
        Answers first = entries.first();
        Question likert = entries.likert();

        answerOnTheWeb(inv);

        assertThatThrownBy(() -> as(FIRST, () -> {
            paper.resolve(inv.invitationId(), Map.of(likert.id(), first.values(likert.id())));
            return null;
        })).isInstanceOf(BusinessException.class).hasMessageContaining("enquiries.paper.error.answered-on-web");
        assertThat(as(FIRST, () -> paper.awaitingResolution())).noneMatch(x -> x.invitationId() == inv.invitationId());
    }

    @Test
    void ofTwoConcurrentResolutionsOneSubmitsAndTheOtherIsToldItWasResolvedMeanwhile() throws Exception {
        CreatedInvitation inv = invite();
        DifferingEntries entries = enterTwiceWithOneDifference(inv);
        Answers first = entries.first();
        Question likert = entries.likert();

        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (String who : List.of(FIRST, SECOND)) {
            String value = who.equals(FIRST) ? first.value(likert.id()) : Integer.toString(likert.scale().max());
            results.add(pool.submit(() -> {
                go.await();
                try {
                    return as(who, () -> {
                        paper.resolve(inv.invitationId(), Map.of(likert.id(), List.of(value)));
                        return "ok";
                    });
                } catch (BusinessException e) {
                    return e.messageKey();
                }
            }));
        }
        go.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : results) {
            outcomes.add(f.get());
        }
        pool.shutdown();
        assertThat(outcomes).containsExactlyInAnyOrder("ok", "enquiries.paper.error.resolved-meanwhile");
        assertThat(audit(inv, "ENQUIRY_DISCREPANCIES_RESOLVED")).hasSize(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM survey_response WHERE case_id = ? AND wave = 'START' AND status = 'SUBMITTED'"
                + " AND id = (SELECT response_id FROM enquiry_submission WHERE invitation_id = ?)")
                .params(caseOf(inv), inv.invitationId()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void telephoneInterviewsAreEnteredOnceAndOnlyAdministratorsSwitchDoubleEntry() {
        CreatedInvitation inv = invite();
        SurveyTemplate template = as(FIRST, () -> paper.open(inv.code())).template();
        assertThat(as(FIRST, () -> paper.enter(inv.invitationId(), AnswerMode.TELEPHONE, "sv",
                TestTemplates.minimalAnswers(template)))).isEqualTo(PaperEntryService.EntryOutcome.SUBMITTED);
        TestLogin.login(users, FIRST);
        assertThatThrownBy(() -> paper.setDoubleEntry(project.id(), false)).isInstanceOf(AccessDeniedException.class);
    }

    record DifferingEntries(Question likert, Answers first, Answers second, PaperEntryService.EntryOutcome outcome) {
    }

    /** The smallest complete answer entered by FIRST, and by SECOND with the first required likert at its maximum. */
    private DifferingEntries enterTwiceWithOneDifference(CreatedInvitation inv) {
        SurveyTemplate template = as(FIRST, () -> paper.open(inv.code())).template();
        Answers first = TestTemplates.minimalAnswers(template);
        Question likert = template.questions().stream().filter(q -> q.type() == QuestionType.LIKERT && q.required())
                .findFirst().orElseThrow();
        Answers second = first.with(likert.id(), List.of(Integer.toString(likert.scale().max())));
        as(FIRST, () -> paper.enter(inv.invitationId(), AnswerMode.PAPER, "sv", first));
        return new DifferingEntries(likert, first, second,
                as(SECOND, () -> paper.enter(inv.invitationId(), AnswerMode.PAPER, "sv", second)));
    }

    private CreatedInvitation invite() {
        return as(FIRST, () -> {
            long caseId = invitations.activeCaseIds(project.id(), null).getFirst();
            return invitations.create(List.of(caseId), Wave.START, "sv", true).getFirst();
        });
    }

    private void answerOnTheWeb(CreatedInvitation inv) {
        TestLogin.logout();
        long id = parents.openLink(inv.link().substring(inv.link().lastIndexOf('/') + 1));
        parents.submit(id, TestTemplates.minimalAnswers(parents.load(id).template()));
    }

    private long caseOf(CreatedInvitation inv) {
        return jdbc.sql("SELECT case_id FROM enquiry_invitation WHERE id = ?").param(inv.invitationId())
                .query(Long.class).single();
    }

    private boolean submitted(CreatedInvitation inv) {
        return jdbc.sql("SELECT submitted_at IS NOT NULL FROM enquiry_invitation WHERE id = ?")
                .param(inv.invitationId()).query(Boolean.class).single();
    }

    /**
     * What reports and exports read of the invitation's answer, as {@code question=value}: the submitted answers of
     * its case that belong to its response (none while it has no response).
     */
    private List<String> answersInReports(CreatedInvitation inv) {
        long responseId = jdbc.sql("SELECT COALESCE(response_id, -1) FROM enquiry_invitation WHERE id = ?")
                .param(inv.invitationId()).query(Long.class).single();
        return responses.submittedAnswers(ResponsePurpose.ENQUIRY, List.of(caseOf(inv))).stream()
                .filter(a -> a.responseId() == responseId)
                .map(a -> a.questionId() + "=" + a.value()).toList();
    }

    private List<String> audit(CreatedInvitation inv, String action) {
        return jdbc.sql("SELECT details FROM audit_entry WHERE action = ? AND target = ? ORDER BY seq")
                .params(action, "invitation:" + inv.invitationId()).query(String.class).list();
    }

    private <T> T as(String user, java.util.concurrent.Callable<T> action) {
        TestLogin.login(users, user);
        try {
            return action.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            TestLogin.logout();
        }
    }
}
