package se.uppfoljning.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import se.uppfoljning.ProductionJarExtension;
import se.uppfoljning.ServerTest;
import se.uppfoljning.base.DatabaseOutage;
import se.uppfoljning.base.DemoProperties;
import se.uppfoljning.base.db.EmbeddedMariaDb;
import se.uppfoljning.base.i18n.Translations;
import se.uppfoljning.cases.ReferenceDataService;
import se.uppfoljning.enquiries.CreatedInvitation;
import se.uppfoljning.enquiries.InvitationService;
import se.uppfoljning.enquiries.ParentAnswerService;
import se.uppfoljning.load.LoadStats;
import se.uppfoljning.load.ParentScenario;
import se.uppfoljning.load.VaadinParent;
import se.uppfoljning.security.ParentLinks;
import se.uppfoljning.surveys.AnswerValidator;
import se.uppfoljning.surveys.Answers;
import se.uppfoljning.surveys.Question;
import se.uppfoljning.surveys.SurveyTemplate;

/**
 * The embedded MariaDB is stopped while parents submit, both through {@link ParentAnswerService} on worker
 * threads and through the real answer page over HTTP. Submits during the outage must fail within Hikari's
 * 5 s connection timeout (not hang), the parent page must say "try again in a moment", new submits must go
 * through after the database is restarted without restarting the app, and every submit that returned normally
 * must have its {@code enquiry_submission} row. The database is restarted in a finally block: the context
 * and its database are shared by every *IT class.
 */
@ServerTest
class DatabaseOutageIT {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageIT.class);
    private static final Duration HANG_LIMIT = Duration.ofSeconds(15);
    private static final int SUBMITTERS = 3;

    private final int port = ProductionJarExtension.jar().port();
    @Autowired
    EmbeddedMariaDb db;
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

    record Attempt(long invitationId, boolean acknowledged, Throwable failure, Duration took, Instant at) {
    }

    @Test
    void submitsFailFastDuringAnOutageAndGoThroughAfterRestartWithoutLosingAny() throws Exception {
        // Nordväst: the browser test invites a school of Söder through the page and expects its cases to have no
        // live invitation yet, whichever *IT runs first.
        List<CreatedInvitation> created = ParentLinks.invitations(invitations, reference, users, "samordnare.nv",
                DemoProperties.PROJECT_NORTHWEST, 30);
        CreatedInvitation httpInvite = created.getFirst();
        List<Long> serviceIds = new ArrayList<>();
        for (CreatedInvitation c : created.subList(1, created.size())) {
            serviceIds.add(parents.openLink(ParentLinks.token(c)));
        }
        Answers answers = se.uppfoljning.surveys.TestTemplates.minimalAnswers(parents.load(serviceIds.getFirst()).template());

        // A parent in a real (HTTP) session reaches the last page before the outage.
        LoadStats httpStats = new LoadStats();
        VaadinParent browser = new VaadinParent(VaadinParent.httpClient(), URI.create("http://127.0.0.1:" + port),
                httpStats, Duration.ofSeconds(30));
        ParentScenario scenario = new ParentScenario(browser, new Random(7), ParentScenario.Pacing.none(),
                Instant.now().plusSeconds(60));
        scenario.open(ParentLinks.token(httpInvite));
        scenario.chooseSwedish();
        scenario.answerToLastPage();
        String thanks = Translations.translate("enquiries.answer.thanks.title", Translations.SWEDISH);
        String databaseDown = Translations.translate("enquiries.error.database-down", Translations.SWEDISH);

        ConcurrentLinkedQueue<Long> queue = new ConcurrentLinkedQueue<>(serviceIds);
        List<Attempt> attempts = new ArrayList<>();
        Map<Long, Attempt> acknowledged = new ConcurrentHashMap<>();
        AtomicBoolean stopSubmitting = new AtomicBoolean();
        Instant stoppedAt;
        Instant restartedAt;
        Duration restartTook;
        boolean httpSawMessage;
        boolean httpSawThanksDuringOutage;
        ExecutorService pool = Executors.newFixedThreadPool(SUBMITTERS);
        List<Future<List<Attempt>>> workers = new ArrayList<>();
        try {
            for (int i = 0; i < SUBMITTERS; i++) {
                workers.add(pool.submit(() -> submitUntilStopped(queue, answers, stopSubmitting, acknowledged)));
            }
            waitUntil(() -> acknowledged.size() >= 6, Duration.ofSeconds(20));

            db.stopServer();
            stoppedAt = Instant.now();
            try {
                // The page's own submit, while the database is away: a calm message next to the buttons.
                browser.click("survey-submit", "submit");
                httpSawMessage = browser.showsText(databaseDown);
                httpSawThanksDuringOutage = browser.showsText(thanks);
                // Let the worker threads run into the outage a few times.
                Thread.sleep(Duration.ofSeconds(8));
            } finally {
                Instant restarting = Instant.now();
                db.restartServer();
                restartedAt = Instant.now();
                restartTook = Duration.between(restarting, restartedAt);
            }
            waitUntil(() -> acknowledged.size() >= 6 + 2 * SUBMITTERS || queue.isEmpty(), Duration.ofSeconds(20));
        } finally {
            stopSubmitting.set(true);
            pool.shutdown();
            if (!pool.awaitTermination(30, TimeUnit.SECONDS)) {
                pool.shutdownNow();
            }
        }
        for (Future<List<Attempt>> w : workers) {
            attempts.addAll(w.get());
        }

        // During the outage: every submit failed with an exception, each within the hang limit.
        List<Attempt> failed = attempts.stream().filter(a -> a.failure() != null).toList();
        log.info("Outage of {} ms (restart {} ms): {} service submits, {} failed in at most {} ms ({}); page showed the message: {}",
                Duration.between(stoppedAt, restartedAt).toMillis(), restartTook.toMillis(), attempts.size(), failed.size(),
                failed.stream().mapToLong(a -> a.took().toMillis()).max().orElse(0),
                failed.stream().map(a -> a.failure().getClass().getSimpleName()).distinct().toList(), httpSawMessage);
        assertThat(failed).as("submits that failed during the outage").isNotEmpty();
        for (Attempt a : failed) {
            assertThat(DatabaseOutage.isCause(a.failure())).as("%s is an outage", a.failure()).isTrue();
            assertThat(a.took()).as("time until the submit failed").isLessThan(HANG_LIMIT);
            assertThat(a.at()).isAfterOrEqualTo(stoppedAt.minusSeconds(1)).isBeforeOrEqualTo(restartedAt.plus(HANG_LIMIT));
        }
        assertThat(httpSawMessage).as("the answer page says the database is down").isTrue();
        assertThat(httpSawThanksDuringOutage).isFalse();

        // After the restart, without restarting the app: the page's submit and the failed ones go through.
        browser.click("survey-submit", "submit");
        assertThat(browser.showsText(thanks)).as("thank-you page after the restart").isTrue();
        Set<Long> retried = new HashSet<>();
        for (Attempt a : failed) {
            if (!acknowledged.containsKey(a.invitationId()) && retried.add(a.invitationId())) {
                Attempt again = submit(a.invitationId(), answers);
                assertThat(again.failure()).as("submit after the restart").isNull();
                acknowledged.put(a.invitationId(), again);
            }
        }
        assertThat(acknowledged.values().stream().filter(a -> a.at().isAfter(restartedAt))).isNotEmpty();

        // Nothing acknowledged is lost, and nothing is stored twice.
        Set<Long> expected = new HashSet<>(acknowledged.keySet());
        expected.add(httpInvite.invitationId());
        List<Long> rows = jdbc.sql("SELECT invitation_id FROM enquiry_submission WHERE invitation_id IN (:ids)")
                .param("ids", expected).query(Long.class).list();
        assertThat(rows).as("enquiry_submission rows of acknowledged submits").containsExactlyInAnyOrderElementsOf(expected);
        assertThat(httpStats.firstErrors()).isEmpty();
    }

    /** One worker: submits queued invitations until told to stop; each outcome is recorded. */
    private List<Attempt> submitUntilStopped(ConcurrentLinkedQueue<Long> queue, Answers answers, AtomicBoolean stop,
                                             Map<Long, Attempt> acknowledged) throws InterruptedException {
        List<Attempt> attempts = new ArrayList<>();
        for (int i = 0; i < 100 && !stop.get(); i++) {
            Long id = queue.poll();
            if (id == null) {
                break;
            }
            Attempt a = submit(id, answers);
            attempts.add(a);
            if (a.failure() == null) {
                acknowledged.put(id, a);
            }
            Thread.sleep(150);
        }
        return attempts;
    }

    /**
     * A submit as the answer page does it: "already submitted" counts as done (the database went away after a
     * commit that did go through). A failure is not retried here; the test retries after the restart.
     */
    private Attempt submit(long invitationId, Answers answers) {
        Instant start = Instant.now();
        try {
            parents.submit(invitationId, answers);
            return new Attempt(invitationId, true, null, Duration.between(start, Instant.now()), start);
        } catch (ParentAnswerService.LinkClosed e) {
            if (!"used".equals(e.reason())) {
                throw e;
            }
            return new Attempt(invitationId, true, null, Duration.between(start, Instant.now()), start);
        } catch (RuntimeException e) {
            return new Attempt(invitationId, false, e, Duration.between(start, Instant.now()), start);
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition, Duration limit) throws InterruptedException {
        Instant end = Instant.now().plus(limit);
        while (!condition.getAsBoolean() && Instant.now().isBefore(end)) {
            Thread.sleep(100);
        }
    }
}
