package se.uppfoljning.enquiries;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
import se.uppfoljning.surveys.SurveyTemplate;

/**
 * Many parents pressing Next at the same moment must not deadlock each other in the database. Saving used to
 * delete all of a response's answer rows and insert them again; two such saves locked each other's
 * neighbouring index gap and one of them failed (found by the load benchmark, see docs/decisions-load.md).
 */
@IntegrationTest
class ConcurrentSaveProgressTest {

    private static final int PARENTS = 8;
    private static final int SAVES = 12;

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
    void parentsSavingAtTheSameMomentDoNotDeadlock() throws Exception {
        TestLogin.login(users, "samordnare");
        List<CreatedInvitation> created;
        try {
            var project = reference.projects().stream().filter(p -> p.name().equals(DemoProperties.PROJECT_SOUTH))
                    .findFirst().orElseThrow();
            List<Long> cases = invitations.activeCaseIds(project.id(), null);
            created = new ArrayList<>();
            while (created.size() < PARENTS) {
                created.addAll(invitations.create(cases, Wave.START, "sv", true));
            }
        } finally {
            TestLogin.logout();
        }
        List<Long> ids = new ArrayList<>();
        for (CreatedInvitation c : created.subList(0, PARENTS)) {
            ids.add(parents.openLink(c.link().substring(c.link().lastIndexOf('/') + 1)));
        }
        SurveyTemplate template = parents.load(ids.getFirst()).template();

        ExecutorService pool = Executors.newFixedThreadPool(PARENTS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> results = new ArrayList<>();
        for (long id : ids) {
            results.add(pool.submit(() -> {
                go.await();
                // Page by page: more answers each time, and changed values now and then, as parents do.
                for (int i = 1; i <= SAVES; i++) {
                    parents.saveProgress(id, answers(template, i, i));
                }
                parents.submit(id, answers(template, Integer.MAX_VALUE, 0));
                return null;
            }));
        }
        go.countDown();
        for (Future<?> f : results) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM enquiry_submission WHERE invitation_id IN (:ids)").param("ids", ids)
                .query(Integer.class).single()).isEqualTo(PARENTS);
    }

    /** Valid answers to the first {@code count} shown questions; {@code variant} switches scale values. */
    private static Answers answers(SurveyTemplate t, int count, int variant) {
        Answers a = Answers.empty();
        int n = 0;
        for (Question q : t.questions()) {
            if (!q.isVisible(a) || n++ >= count) {
                continue;
            }
            for (String key : AnswerValidator.keysOf(q)) {
                String v = switch (q.type()) {
                    case YES_NO -> variant % 2 == 0 ? Answers.NO : Answers.YES;
                    case SINGLE_CHOICE, MULTIPLE_CHOICE -> q.choices().get(variant % q.choices().size()).value();
                    case LIKERT, MATRIX, RATING_0_10 -> Integer.toString(q.scale().min() + variant % 2);
                    case NUMBER -> q.min() == null ? Integer.toString(variant % 2) : q.min().toPlainString();
                    case DATE -> "2026-10-01";
                    default -> "Svar " + variant;
                };
                a = a.with(key, List.of(v));
            }
        }
        return se.uppfoljning.surveys.TestTemplates.minimalAnswers(t).merge(a);
    }
}
