package se.uppfoljning.enquiries;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import se.uppfoljning.IntegrationTest;
import se.uppfoljning.TestLogin;
import se.uppfoljning.base.DemoProperties;
import se.uppfoljning.cases.ReferenceDataService;
import se.uppfoljning.surveys.AnswerValidator;
import se.uppfoljning.surveys.Answers;
import se.uppfoljning.surveys.Question;
import se.uppfoljning.surveys.QuestionType;
import se.uppfoljning.surveys.SurveyTemplate;

@IntegrationTest
class ConcurrentSubmitTest {

    @Autowired
    InvitationService invitations;
    @Autowired
    ParentAnswerService parents;
    @Autowired
    ReferenceDataService reference;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void twoConcurrentSubmitsOfOneInvitationStoreOneResponse() throws Exception {
        TestLogin.login(users, "samordnare");
        var project = reference.projects().stream().filter(p -> p.name().equals(DemoProperties.PROJECT_SOUTH)).findFirst().orElseThrow();
        long caseId = invitations.activeCaseIds(project.id(), project.schools().getLast().id()).getFirst();
        CreatedInvitation inv = invitations.create(List.of(caseId), Wave.START, "sv", true).getFirst();
        TestLogin.logout();
        long id = parents.openLink(inv.link().substring(inv.link().lastIndexOf('/') + 1));
        Answers answers = se.uppfoljning.surveys.TestTemplates.minimalAnswers(parents.load(id).template());

        String submittedForCase = "SELECT COUNT(*) FROM survey_response WHERE case_id = ? AND status = 'SUBMITTED' AND wave = 'START'";
        int before = jdbc.sql(submittedForCase).param(caseId).query(Integer.class).single();
        int threads = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            results.add(pool.submit(() -> {
                go.await();
                try {
                    parents.submit(id, answers);
                    return "stored";
                } catch (ParentAnswerService.LinkClosed e) {
                    return e.reason();
                }
            }));
        }
        go.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : results) {
            outcomes.add(f.get());
        }
        pool.shutdown();
        assertThat(outcomes).containsOnlyOnce("stored").filteredOn(o -> !o.equals("stored")).containsOnly("used");
        assertThat(jdbc.sql(submittedForCase).param(caseId).query(Integer.class).single()).isEqualTo(before + 1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM enquiry_submission WHERE invitation_id = ?").param(id)
                .query(Integer.class).single()).isEqualTo(1);
    }

}
