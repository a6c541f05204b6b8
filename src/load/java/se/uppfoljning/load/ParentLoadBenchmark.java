package se.uppfoljning.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import se.uppfoljning.base.DemoProperties;
import se.uppfoljning.base.i18n.Translations;
import se.uppfoljning.cases.ReferenceDataService;
import se.uppfoljning.enquiries.CreatedInvitation;
import se.uppfoljning.enquiries.InvitationService;
import se.uppfoljning.security.ParentLinks;

/**
 * Load benchmark, not a unit test (surefire skips *Benchmark): at least 200 parents answer the START
 * questionnaire at once over HTTP against the production jar (its own process, on 127.0.0.1), each through
 * {@link VaadinParent}: link and redirect, bootstrap page, Vaadin init, then UIDL requests for the language
 * button, every answer, every Next and the submit. Prints a table per step (p50/p95/p99), submissions per
 * second, errors, heap per active parent session, checks that every acknowledged submit has its
 * {@code enquiry_submission} row, and writes the numbers into docs/performance.md.
 * <p>
 * Run (after package, so that the jar is current): {@code ./mvnw -B verify -Dtest=none
 * -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ParentLoadBenchmark}.
 * Knobs (system properties, e.g. {@code -Dload.parents=300} on the Maven command line): load.parents (200 per
 * scenario), load.cityParents (1000), load.scenarios (peak,stress,city; see {@link #scenario}), load.warmup (20), load.heapSessions (100),
 * load.maxSeconds (600, hard limit of each phase), load.writeDoc (true).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK, properties = {
        "uppfoljning.db.data-dir=target/load-mariadb/data",
        "uppfoljning.demo.enabled=true",
        "uppfoljning.demo.cases-per-school=15",
        "logging.level.se.uppfoljning=warn",
        // The server under load is the production jar, a process of its own (ProductionJarExtension).
        "uppfoljning.test.jar-xmx=2g",
        "uppfoljning.test.jar-args=--logging.level.se.uppfoljning=warn"})
@ActiveProfiles("test")
@org.junit.jupiter.api.extension.ExtendWith(se.uppfoljning.ProductionJarExtension.class)
class ParentLoadBenchmark {

    static final int PARENTS = Integer.getInteger("load.parents", 200);
    static final int WARMUP = Integer.getInteger("load.warmup", 20);
    static final int HEAP_SESSIONS = Integer.getInteger("load.heapSessions", 100);
    static final int CITY_PARENTS = Integer.getInteger("load.cityParents", 1000);
    static final List<String> SCENARIOS = List.of(System.getProperty("load.scenarios", "peak,stress,city").split(","));
    static final Duration TIME_LIMIT = Duration.ofSeconds(Long.getLong("load.maxSeconds", 600));
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    static final boolean WRITE_DOC = Boolean.parseBoolean(System.getProperty("load.writeDoc", "true"));

    /**
     * How fast the parents act. "peak": all of them open their links within 30 s (say, right after a text message
     * went out) and then answer at 3–8 s per action, which is still faster than people read and choose. "stress":
     * within 10 s, then 0.3–1 s per action, about ten times faster than any person.
     */
    static Scenario scenario(String name) {
        return switch (name) {
            case "peak" -> new Scenario(name, new ParentScenario.Pacing(Duration.ofMillis(3000), Duration.ofMillis(8000)),
                    Duration.ofSeconds(30));
            case "stress" -> new Scenario(name, new ParentScenario.Pacing(Duration.ofMillis(300), Duration.ofMillis(1000)),
                    Duration.ofSeconds(10));
            // A city's letters went out the same day: 1,000 parents within two minutes, at the peak pace.
            case "city" -> new Scenario(name, new ParentScenario.Pacing(Duration.ofMillis(3000), Duration.ofMillis(8000)),
                    Duration.ofSeconds(120));
            default -> throw new IllegalArgumentException("Unknown load scenario " + name + " (peak, stress, city)");
        };
    }

    record Scenario(String name, ParentScenario.Pacing pacing, Duration rampUp) {
        int parents() {
            return name.equals("city") ? CITY_PARENTS : PARENTS;
        }
    }

    private final se.uppfoljning.ProductionJar jar = se.uppfoljning.ProductionJarExtension.jar();
    private final int port = jar.port();
    @Autowired
    InvitationService invitations;
    @Autowired
    ReferenceDataService reference;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    record Invite(long id, String token) {
    }

    record Result(long invitationId, boolean acknowledged, String failure) {
    }

    /** What one scenario measured; CPU seconds are this JVM's (server and load client together). */
    record ScenarioResult(Scenario scenario, int parents, double seconds, int acknowledged, int stored, int lost,
                          int storedNotAcknowledged, int peakConcurrent, LoadStats stats, double loadBefore,
                          double loadAfter, double cpuSeconds, double clientSeconds) {
    }

    @Test
    void parentsAnswerConcurrently() throws Exception {
        URI base = URI.create("http://127.0.0.1:" + port);
        String thanks = Translations.translate("enquiries.answer.thanks.title", Translations.SWEDISH);
        List<Scenario> scenarios = SCENARIOS.stream().map(String::strip).map(ParentLoadBenchmark::scenario).toList();
        List<Invite> invites = createInvitations(WARMUP + scenarios.stream().mapToInt(Scenario::parents).sum() + HEAP_SESSIONS);
        HttpClient http = VaadinParent.httpClient();

        // 1. Warm-up: the JIT, Vaadin's caches and the connection pools; not counted.
        LoadStats warmupStats = new LoadStats();
        runAll(http, base, warmupStats, invites.subList(0, WARMUP), thanks, ParentScenario.Pacing.none(), Duration.ZERO, 5,
                new AtomicInteger(), new AtomicInteger());

        // 2. Each scenario with its own parents and invitations.
        List<ScenarioResult> results = new ArrayList<>();
        int from = WARMUP;
        for (Scenario s : scenarios) {
            results.add(run(http, base, thanks, s, invites.subList(from, from + s.parents())));
            from += s.parents();
        }

        // 3. Heap per active parent session: compare the jar's heap after full GCs before and after
        //    HEAP_SESSIONS more parents have opened the form.
        HeapResult heapResult = measureHeap(http, base, invites.subList(invites.size() - HEAP_SESSIONS, invites.size()));

        String markdown = new Report(results, warmupStats, heapResult, LocalDate.now().toString()).markdown();
        System.out.println(markdown);
        Path out = Path.of("target", "load", "parent-load-results.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, markdown);
        if (WRITE_DOC) {
            PerformanceDoc.replaceSection(Path.of("docs", "performance.md"), "parent-load", markdown);
        }

        for (ScenarioResult r : results) {
            assertThat(r.lost()).as(r.scenario().name() + ": acknowledged submits without their enquiry_submission row").isZero();
            assertThat(r.stats().firstErrors()).as(r.scenario().name() + ": errors").isEmpty();
            assertThat(r.acknowledged()).as(r.scenario().name() + ": acknowledged submits").isEqualTo(r.parents());
        }
    }

    private ScenarioResult run(HttpClient http, URI base, String thanks, Scenario scenario, List<Invite> load)
            throws Exception {
        LoadStats stats = new LoadStats();
        AtomicInteger active = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double loadBefore = os.getSystemLoadAverage();
        Duration cpuBefore = jar.cpuTime();
        long started = System.nanoTime();
        List<Result> results = runAll(http, base, stats, load, thanks, scenario.pacing(), scenario.rampUp(), load.size(),
                active, peak);
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuSeconds = jar.cpuTime().minus(cpuBefore).toMillis() / 1e3;
        double loadAfter = os.getSystemLoadAverage();

        // Nothing acknowledged may be lost: count the rows the submits were supposed to write.
        Set<Long> acked = new HashSet<>();
        results.stream().filter(Result::acknowledged).forEach(r -> acked.add(r.invitationId()));
        Set<Long> stored = new HashSet<>(jdbc.sql("SELECT invitation_id FROM enquiry_submission WHERE invitation_id IN (:ids)")
                .param("ids", load.stream().map(Invite::id).toList()).query(Long.class).list());
        Set<Long> lost = new HashSet<>(acked);
        lost.removeAll(stored);
        Set<Long> storedNotAcked = new HashSet<>(stored);
        storedNotAcked.removeAll(acked);
        return new ScenarioResult(scenario, load.size(), seconds, acked.size(), stored.size(), lost.size(),
                storedNotAcked.size(), peak.get(), stats, loadBefore, loadAfter, cpuSeconds, stats.clientSeconds());
    }

    /** Runs every invite as one parent on its own virtual thread, at most {@code concurrency} at a time. */
    private List<Result> runAll(HttpClient http, URI base, LoadStats stats, List<Invite> invites, String thanks,
                                ParentScenario.Pacing pacing, Duration rampUp, int concurrency,
                                AtomicInteger active, AtomicInteger peak) throws Exception {
        Instant deadline = Instant.now().plus(TIME_LIMIT);
        Semaphore slots = new Semaphore(concurrency);
        List<Future<Result>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < invites.size(); i++) {
                Invite invite = invites.get(i);
                long delayMs = rampUp.toMillis() * i / Math.max(1, invites.size());
                long seed = invite.id();
                futures.add(pool.submit(() -> {
                    Thread.sleep(delayMs);
                    slots.acquire();
                    peak.accumulateAndGet(active.incrementAndGet(), Math::max);
                    try {
                        return runParent(http, base, stats, invite, thanks, pacing, deadline, new Random(seed));
                    } finally {
                        active.decrementAndGet();
                        slots.release();
                    }
                }));
            }
            List<Result> results = new ArrayList<>();
            for (Future<Result> f : futures) {
                long left = Math.max(1, Duration.between(Instant.now(), deadline.plus(REQUEST_TIMEOUT)).toMillis());
                try {
                    results.add(f.get(left, TimeUnit.MILLISECONDS));
                } catch (java.util.concurrent.TimeoutException e) {
                    stats.error("deadline", "a parent did not finish in time");
                }
            }
            pool.shutdownNow();
            return results;
        }
    }

    private static Result runParent(HttpClient http, URI base, LoadStats stats, Invite invite, String thanks,
                                    ParentScenario.Pacing pacing, Instant deadline, Random random) {
        VaadinParent parent = new VaadinParent(http, base, stats, REQUEST_TIMEOUT);
        ParentScenario scenario = new ParentScenario(parent, random, pacing, deadline);
        try {
            scenario.open(invite.token());
            scenario.chooseSwedish();
            scenario.answerToLastPage();
            boolean acknowledged = scenario.submit(thanks);
            if (!acknowledged) {
                stats.error("submit", "no thank-you page");
            }
            return new Result(invite.id(), acknowledged, acknowledged ? null : "no thank-you page");
        } catch (VaadinParent.StepFailed e) {
            stats.error(e.step(), e.getMessage());
            return new Result(invite.id(), false, e.getMessage());
        } catch (RuntimeException e) {
            stats.error("client", e.toString());
            return new Result(invite.id(), false, e.toString());
        }
    }

    record HeapResult(int sessions, long beforeBytes, long afterBytes, double seconds) {
        long perSessionBytes() {
            return sessions == 0 ? 0 : (afterBytes - beforeBytes) / sessions;
        }
    }

    private HeapResult measureHeap(HttpClient http, URI base, List<Invite> invites) throws Exception {
        long before = jar.usedHeapAfterGc();
        long started = System.nanoTime();
        LoadStats stats = new LoadStats();
        List<VaadinParent> open = new ArrayList<>();
        AtomicLong failures = new AtomicLong();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            Semaphore slots = new Semaphore(8);
            List<Future<VaadinParent>> futures = new ArrayList<>();
            Instant deadline = Instant.now().plus(TIME_LIMIT);
            for (Invite invite : invites) {
                futures.add(pool.submit(() -> {
                    slots.acquire();
                    try {
                        VaadinParent parent = new VaadinParent(http, base, stats, REQUEST_TIMEOUT);
                        ParentScenario scenario = new ParentScenario(parent, new Random(invite.id()),
                                ParentScenario.Pacing.none(), deadline);
                        scenario.open(invite.token());
                        scenario.chooseSwedish();
                        parent.forgetState();
                        return parent;
                    } catch (RuntimeException e) {
                        failures.incrementAndGet();
                        return null;
                    } finally {
                        slots.release();
                    }
                }));
            }
            for (Future<VaadinParent> f : futures) {
                VaadinParent p = f.get(TIME_LIMIT.toSeconds(), TimeUnit.SECONDS);
                if (p != null) {
                    open.add(p);
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long after = jar.usedHeapAfterGc();
        assertThat(failures.get()).as("parents that could not open the form for the heap measurement").isZero();
        // The parents (cookies only, now) stay reachable until here, like the server's sessions.
        assertThat(open).hasSize(invites.size());
        return new HeapResult(open.size(), before, after, seconds);
    }

    /** Invitations for the cases of the demo project Söder, several guardians per case when more are needed. */
    private List<Invite> createInvitations(int count) {
        return ParentLinks.invitations(invitations, reference, users, "samordnare", DemoProperties.PROJECT_SOUTH, count)
                .stream().map(c -> new Invite(c.invitationId(), ParentLinks.token(c))).toList();
    }
}
