package se.uppfoljning.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mariadb.jdbc.MariaDbDataSource;
import se.uppfoljning.audit.AuditChainCheck;
import se.uppfoljning.audit.AuditVerification;
import se.uppfoljning.base.i18n.Translations;

/**
 * Parents for the cluster test ({@code src/test/cluster/cluster-test.sh}, issue #14): a plain main, started by
 * the script beside the cluster it kills nodes of. Invitations are written straight into the cluster's database
 * (tokens stored as SHA-256 of the token, as the application does), then {@link VaadinParent}s answer through
 * HAProxy on 127.0.0.1. Modes (first argument), settings as system properties:
 * <ul>
 *   <li>{@code throughput}: {@code cluster.parents} parents, {@code cluster.concurrency} at a time, no thinking
 *   time; prints submissions per second and action times (one run per HAProxy front: one or two app nodes).</li>
 *   <li>{@code fault}: parents arrive at {@code cluster.rate} per second until the file {@code cluster.stopFile}
 *   exists (at most {@code cluster.maxSeconds}), pacing 0.5–1.5 s per action. A parent whose step fails waits
 *   2 s and opens its link again in the same browser (cookies kept), up to 5 times, and goes on from the page the
 *   application shows. Reports errors by kind and by node, resumptions and their page, acknowledged submits vs
 *   {@code enquiry_submission} rows, and when the errors after each event in {@code cluster.events}
 *   (lines "epoch-seconds name", written by the script) began and ended.</li>
 *   <li>{@code audit}: the application's own chain verifier on each JDBC URL of {@code cluster.nodes}.</li>
 * </ul>
 * Common: {@code cluster.lb} (http://127.0.0.1:PORT), {@code cluster.db} (JDBC URL), {@code cluster.user},
 * {@code cluster.password}, {@code cluster.out} (markdown written there too). Exit status 1 if an acknowledged
 * submission has no row or the audit chain is broken. Every loop is bounded in count and time.
 */
public final class ClusterParents {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final int MAX_OPENS = 6;
    private static final Pattern PAGE = Pattern.compile("(\\d+)\\D+(\\d+)");

    record Invite(long id, String token) {
    }

    /** How one parent fared: first node, failures seen, the page shown at each reopening. */
    static final class Parent {
        final Invite invite;
        String firstNode;
        boolean acknowledged;
        boolean alreadySubmittedOnReopen;
        final List<String> failures = new ArrayList<>();
        final List<String> resumes = new ArrayList<>();
        String finalFailure;
        /** Times the link was opened again after a failure and showed the form or the language choice. */
        int reopened;

        Parent(Invite invite) {
            this.invite = invite;
        }
    }

    private final URI lb = URI.create(System.getProperty("cluster.lb", "http://127.0.0.1:23340"));
    private final String db = System.getProperty("cluster.db");
    private final String user = System.getProperty("cluster.user", "uppfoljning");
    private final String password = System.getProperty("cluster.password");
    private final Path out = Path.of(System.getProperty("cluster.out", "target/cluster/parents.md"));
    private final HttpClient http = VaadinParent.httpClient();
    private final String thanks = Translations.translate("enquiries.answer.thanks.title", Translations.SWEDISH);
    /** Failures with the time they happened: epoch seconds and kind. */
    private final ConcurrentLinkedQueue<Object[]> errors = new ConcurrentLinkedQueue<>();
    private final StringBuilder md = new StringBuilder();

    public static void main(String[] args) throws Exception {
        ClusterParents run = new ClusterParents();
        int status = switch (args.length == 0 ? "" : args[0]) {
            case "throughput" -> run.throughput();
            case "fault" -> run.fault();
            case "audit" -> run.audit();
            default -> {
                System.err.println("usage: ClusterParents throughput|fault|audit (settings as -Dcluster.*)");
                yield 2;
            }
        };
        Files.createDirectories(run.out.toAbsolutePath().getParent());
        Files.writeString(run.out, run.md.toString());
        System.out.print(run.md);
        System.exit(status);
    }

    // ---- modes

    int throughput() throws Exception {
        int count = Integer.getInteger("cluster.parents", 60);
        int concurrency = Integer.getInteger("cluster.concurrency", 10);
        String label = System.getProperty("cluster.label", "");
        List<Invite> invites = seed(count);
        LoadStats stats = new LoadStats();
        Instant deadline = Instant.now().plusSeconds(Long.getLong("cluster.maxSeconds", 300));
        long started = System.nanoTime();
        List<Parent> parents = runParents(invites, stats, concurrency, 0, ParentScenario.Pacing.none(), deadline, null);
        double seconds = (System.nanoTime() - started) / 1e9;
        long acked = parents.stream().filter(p -> p.acknowledged).count();
        LoadStats.Row actions = stats.combined("actions", List.of("language", "answer", "next", "submit"));
        int lost = lost(parents);
        line("| %s | %d | %d | %.1f s | **%.2f** | %.0f / %.0f ms | %.0f / %.0f ms | %d | %d |", label, count,
                concurrency, seconds, acked / seconds, actions.p50(), actions.p95(),
                stats.combined("submit", List.of("submit")).p50(), stats.combined("submit", List.of("submit")).p95(),
                stats.errorCount(), lost);
        stats.firstErrors().stream().limit(5).forEach(e -> line("  error: %s", e));
        return lost == 0 ? 0 : 1;
    }

    int fault() throws Exception {
        double rate = Double.parseDouble(System.getProperty("cluster.rate", "1.5"));
        int maxParents = Integer.getInteger("cluster.parents", 600);
        Path stopFile = Path.of(System.getProperty("cluster.stopFile", "target/cluster/fault.stop"));
        Path events = Path.of(System.getProperty("cluster.events", "target/cluster/events"));
        Instant deadline = Instant.now().plusSeconds(Long.getLong("cluster.maxSeconds", 600));
        List<Invite> invites = seed(maxParents);
        LoadStats stats = new LoadStats();
        Files.writeString(Path.of(System.getProperty("cluster.startedFile", "target/cluster/fault.started")), "");
        long started = System.nanoTime();
        List<Parent> parents = runParents(invites, stats, maxParents, rate,
                new ParentScenario.Pacing(Duration.ofMillis(500), Duration.ofMillis(1500)), deadline, stopFile);
        double seconds = (System.nanoTime() - started) / 1e9;
        report(parents, stats, seconds, events);
        return lost(parents) == 0 ? 0 : 1;
    }

    int audit() throws Exception {
        int status = 0;
        for (String url : System.getProperty("cluster.nodes", db).split(",")) {
            MariaDbDataSource ds = new MariaDbDataSource(url);
            ds.setUser(user);
            ds.setPassword(password);
            AuditVerification v = AuditChainCheck.verify(ds);
            line("- audit chain on %s: %d entries verified (every hash recomputed), %s", url.replaceAll(".*//", ""),
                    v.entriesChecked(), v.intact() ? "intact" : "BROKEN at seq " + v.firstBrokenSeq());
            if (!v.intact() || v.entriesChecked() == 0) {
                status = 1;
            }
        }
        return status;
    }

    // ---- parents

    /**
     * Runs one parent per invite on virtual threads: with rate 0 all at once (concurrency bounded), otherwise
     * one new parent every 1/rate seconds until the stop file appears; then waits for those started.
     */
    private List<Parent> runParents(List<Invite> invites, LoadStats stats, int concurrency, double rate,
                                    ParentScenario.Pacing pacing, Instant deadline, Path stopFile) throws Exception {
        Semaphore slots = new Semaphore(concurrency);
        List<Parent> parents = new ArrayList<>();
        List<Future<?>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Invite invite : invites) {
                if (Instant.now().isAfter(deadline) || (stopFile != null && Files.exists(stopFile))) {
                    break;
                }
                Parent parent = new Parent(invite);
                parents.add(parent);
                futures.add(pool.submit(() -> {
                    slots.acquire();
                    try {
                        runParent(parent, stats, pacing, deadline);
                    } finally {
                        slots.release();
                    }
                    return null;
                }));
                if (rate > 0) {
                    Thread.sleep((long) (1000 / rate));
                }
            }
            for (Future<?> f : futures) {
                try {
                    f.get(Math.max(1, Duration.between(Instant.now(), deadline.plus(TIMEOUT)).toMillis()), TimeUnit.MILLISECONDS);
                } catch (java.util.concurrent.TimeoutException e) {
                    stats.error("deadline", "a parent did not finish in time");
                }
            }
            pool.shutdownNow();
        }
        return parents;
    }

    /** One parent: open, choose Swedish, answer page by page, submit; on a failure reopen the link (same browser). */
    private void runParent(Parent p, LoadStats stats, ParentScenario.Pacing pacing, Instant deadline) {
        Random random = new Random(p.invite.id());
        VaadinParent previous = null;
        String shownPage = null;
        for (int open = 1; open <= MAX_OPENS && !Instant.now().isAfter(deadline); open++) {
            VaadinParent browser = new VaadinParent(http, lb, stats, TIMEOUT);
            if (previous != null) {
                browser.takeCookiesOf(previous);
            }
            previous = browser;
            ParentScenario scenario = new ParentScenario(browser, random, pacing, deadline);
            try {
                browser.openLink(p.invite.token());
                browser.startUi("enkat/svar");
                if (p.firstNode == null) {
                    p.firstNode = browser.cookie("NODE");
                }
                if (open > 1 && (browser.isShown("lang-sv") || browser.isShown("survey-next")
                        || browser.isShown("survey-submit"))) {
                    p.reopened++;
                }
                if (browser.isShown("lang-sv")) {
                    if (open > 1) {
                        p.resumes.add("language choice (was on " + shownPage + ")");
                    }
                    scenario.chooseSwedish();
                } else if (browser.isShown("survey-next") || browser.isShown("survey-submit")) {
                    String now = page(browser.text("survey-progress-text"));
                    p.resumes.add(open == 1 ? "form at once" : "page " + now + " (was on " + shownPage + ")");
                } else {
                    String shown = browser.isShown("parent-unavailable") ? "the outage page"
                            : browser.isShown("parent-session-ended") ? "the session-ended page"
                            : "a page titled '" + browser.text("parent-title") + "'";
                    throw new VaadinParent.StepFailed("navigate", "neither language choice nor form shown but " + shown);
                }
                shownPage = page(browser.text("survey-progress-text"));
                answer(scenario, browser, p);
                p.acknowledged = scenario.submit(thanks);
                if (!p.acknowledged) {
                    throw new VaadinParent.StepFailed("submit", "no thank-you page");
                }
                return;
            } catch (VaadinParent.StepFailed e) {
                String node = browser.cookie("NODE");
                if (e.getMessage().contains("orsak=used")) {
                    // The submit went through before the node died; the link now says "already answered".
                    p.alreadySubmittedOnReopen = true;
                    p.resumes.add("closed page: already answered (was on " + shownPage + ")");
                    return;
                }
                String kind = kind(e);
                String progress = browser.text("survey-progress-text");
                if (!progress.isBlank()) {
                    shownPage = page(progress);
                }
                p.failures.add(kind + " on " + node + " at " + shownPage);
                errors.add(new Object[] {System.currentTimeMillis() / 1000.0, kind, node});
                p.finalFailure = kind;
                if ("deadline".equals(e.step())) {
                    return;
                }
                sleep(2000);
            } catch (RuntimeException e) {
                String kind = "client: " + e.getClass().getSimpleName();
                p.failures.add(kind);
                errors.add(new Object[] {System.currentTimeMillis() / 1000.0, kind, browser.cookie("NODE")});
                p.finalFailure = kind;
                sleep(2000);
            }
        }
    }

    /** ParentScenario.answerToLastPage, remembering the page shown (for "resumed at which page"). */
    private static void answer(ParentScenario scenario, VaadinParent browser, Parent p) {
        for (int page = 1; page <= ParentScenario.MAX_PAGES; page++) {
            scenario.fillPage();
            if (browser.isShown("survey-submit")) {
                return;
            }
            if (!browser.isShown("survey-next")) {
                throw new VaadinParent.StepFailed("next", "neither Next nor Submit is shown");
            }
            String before = browser.text("survey-progress-text");
            browser.click("survey-next", "next");
            if (before.equals(browser.text("survey-progress-text"))) {
                throw new VaadinParent.StepFailed("next", "the form did not move on (" + before + ")");
            }
        }
    }

    /** A failure reduced to what kind it was (status, exception, message), without ids. */
    private static String kind(VaadinParent.StepFailed e) {
        String m = e.getMessage().replaceAll("\\d{3,}", "N").replaceAll("node \\d+", "node N");
        return m.length() > 110 ? m.substring(0, 110) + "…" : m;
    }

    private static String page(String progress) {
        if (progress == null || progress.isBlank()) {
            return "language choice";
        }
        Matcher m = PAGE.matcher(progress);
        return m.find() ? m.group(1) + "/" + m.group(2) : progress;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- report

    private void report(List<Parent> parents, LoadStats stats, double seconds, Path eventsFile) throws Exception {
        long acked = parents.stream().filter(p -> p.acknowledged).count();
        long closedUsed = parents.stream().filter(p -> p.alreadySubmittedOnReopen).count();
        long failedParents = parents.stream().filter(p -> !p.failures.isEmpty()).count();
        long unfinished = parents.stream().filter(p -> !p.acknowledged && !p.alreadySubmittedOnReopen).count();
        Set<Long> stored = storedSubmissions(parents);
        int lost = lost(parents);
        line("- parents: %d in %.0f s (%.2f submissions/s); acknowledged with the thank-you page: **%d**; "
                + "rows in enquiry_submission: **%d**; acknowledged but not stored (lost): **%d**", parents.size(), seconds,
                acked / seconds, acked, stored.size(), lost);
        line("- stored without acknowledgement (the node died with the answer in flight), the reopened link then said"
                + " \"already answered\": %d; parents that did not finish: %d", closedUsed, unfinished);
        line("- parents that met at least one failure: %d (by first node: %s)", failedParents,
                countBy(parents.stream().filter(p -> !p.failures.isEmpty()).map(p -> String.valueOf(p.firstNode)).toList()));
        Map<String, Integer> kinds = new TreeMap<>();
        parents.forEach(p -> p.failures.forEach(f -> kinds.merge(f.replaceAll(" on .*", ""), 1, Integer::sum)));
        line("- what the failing request got (kind: count): %s", kinds.isEmpty() ? "none" : kinds);
        Map<String, Integer> notes = new TreeMap<>();
        stats.firstErrors().stream().filter(e -> e.startsWith("notification")).forEach(e -> notes.merge(e, 1, Integer::sum));
        line("- error notifications shown to parents (first 40 errors kept): %s", notes.isEmpty() ? "none" : notes);
        List<String> resumed = new ArrayList<>();
        parents.stream().filter(p -> !p.failures.isEmpty()).forEach(p -> p.resumes.stream()
                .filter(r -> !r.equals("form at once")).forEach(resumed::add));
        long resumedParents = parents.stream().filter(p -> p.reopened > 0 || p.alreadySubmittedOnReopen).count();
        line("- parents who reopened their link after a failure and went on: %d of %d; where they landed: %s",
                resumedParents, failedParents, countBy(resumed.stream().map(ClusterParents::landing).toList()));
        line("- of the parents who met a failure, submitted in the end (thank-you page): %d; last failure of those who"
                + " did not: %s", parents.stream().filter(p -> !p.failures.isEmpty() && p.acknowledged).count(),
                countBy(parents.stream().filter(p -> !p.acknowledged && !p.alreadySubmittedOnReopen && p.finalFailure != null)
                        .map(p -> p.finalFailure).toList()));
        line("- resumption detail (page shown now / page shown when it failed): %s", countBy(resumed));
        if (Files.exists(eventsFile)) {
            List<String> lines = Files.readAllLines(eventsFile);
            for (int i = 0; i < lines.size(); i++) {
                String[] ev = lines.get(i).strip().split(" ", 2);
                double at = Double.parseDouble(ev[0]);
                double until = i + 1 < lines.size() ? Double.parseDouble(lines.get(i + 1).split(" ", 2)[0]) : Double.MAX_VALUE;
                List<Object[]> window = errors.stream().filter(e -> (double) e[0] >= at && (double) e[0] < until).toList();
                double last = window.stream().mapToDouble(e -> (double) e[0]).max().orElse(at);
                line("- after \"%s\": %d failed steps, the last %.1f s after it (by node: %s)", ev.length > 1 ? ev[1] : "",
                        window.size(), last - at, countBy(window.stream().map(e -> String.valueOf(e[2])).toList()));
            }
        }
        LoadStats.Row actions = stats.combined("actions", List.of("language", "answer", "next", "submit"));
        line("- every page action: %d, p50 %.0f ms, p95 %.0f ms, max %.0f ms", actions.count(), actions.p50(), actions.p95(),
                actions.max());
        stats.firstErrors().stream().limit(8).forEach(e -> line("  - first errors: %s", e));
    }

    private static String landing(String resume) {
        if (resume.startsWith("closed page")) {
            return "closed page (already answered)";
        }
        if (resume.startsWith("language")) {
            return "language choice";
        }
        Matcher now = Pattern.compile("page (\\d+)/\\d+ \\(was on (\\d+)/").matcher(resume);
        if (now.find()) {
            int diff = Integer.parseInt(now.group(1)) - Integer.parseInt(now.group(2));
            return diff == 0 ? "the page they were on" : diff > 0 ? "a later page (+" + diff + ")" : "an earlier page (" + diff + ")";
        }
        return resume.replaceAll("\\d+/\\d+", "N");
    }

    private static String countBy(List<String> values) {
        Map<String, Integer> m = new TreeMap<>();
        values.forEach(v -> m.merge(v, 1, Integer::sum));
        return m.isEmpty() ? "none" : m.toString();
    }

    private int lost(List<Parent> parents) throws SQLException {
        Set<Long> stored = storedSubmissions(parents);
        return (int) parents.stream().filter(p -> p.acknowledged && !stored.contains(p.invite.id())).count();
    }

    private Set<Long> storedSubmissions(List<Parent> parents) throws SQLException {
        Set<Long> stored = new HashSet<>();
        if (parents.isEmpty()) {
            return stored;
        }
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT invitation_id FROM enquiry_submission WHERE invitation_id BETWEEN ? AND ?")) {
            ps.setLong(1, parents.stream().mapToLong(p -> p.invite.id()).min().orElseThrow());
            ps.setLong(2, parents.stream().mapToLong(p -> p.invite.id()).max().orElseThrow());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    stored.add(rs.getLong(1));
                }
            }
        }
        Set<Long> mine = new HashSet<>();
        parents.forEach(p -> mine.add(p.invite.id()));
        stored.retainAll(mine);
        return stored;
    }

    // ---- data

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(db, user, password);
    }

    /**
     * START invitations for the demo project Söder's cases, written as the application writes them (token and
     * code stored as SHA-256 hex of their text); guardian numbers from 100 up so they never meet real ones.
     */
    List<Invite> seed(int count) throws Exception {
        SecureRandom random = new SecureRandom();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        List<Invite> invites = new ArrayList<>();
        try (Connection c = connect()) {
            int version;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT MAX(version) FROM survey_template_version WHERE template_id = 'parent-enquiry-start'");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                version = rs.getInt(1);
            }
            List<long[]> cases = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT pc.id, pc.project_id, pc.school_id FROM case_pupil_case pc"
                    + " JOIN case_project p ON p.id = pc.project_id WHERE p.name = ? ORDER BY pc.id")) {
                ps.setString(1, se.uppfoljning.base.DemoProperties.PROJECT_SOUTH);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        cases.add(new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)});
                    }
                }
            }
            if (cases.isEmpty() || version == 0) {
                throw new IllegalStateException("no demo cases or no START template in " + db);
            }
            Instant now = Instant.now();
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO enquiry_invitation (case_id, project_id,"
                    + " school_id, wave, guardian_no, token_hash, code_hash, language, template_id, template_version,"
                    + " created_at, created_by, expires_at) VALUES (?, ?, ?, 'START', ?, ?, ?, 'sv',"
                    + " 'parent-enquiry-start', ?, ?, 'cluster-test', ?)", PreparedStatement.RETURN_GENERATED_KEYS)) {
                for (int i = 0; i < count; i++) {
                    long[] k = cases.get(i % cases.size());
                    byte[] bytes = new byte[32];
                    random.nextBytes(bytes);
                    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                    random.nextBytes(bytes);
                    ps.setLong(1, k[0]);
                    ps.setLong(2, k[1]);
                    ps.setLong(3, k[2]);
                    ps.setInt(4, 100 + random.nextInt(1_000_000));
                    ps.setString(5, HexFormat.of().formatHex(sha.digest(token.getBytes(StandardCharsets.UTF_8))));
                    ps.setString(6, HexFormat.of().formatHex(sha.digest(bytes)));
                    ps.setInt(7, version);
                    ps.setTimestamp(8, Timestamp.from(now));
                    ps.setTimestamp(9, Timestamp.from(now.plus(Duration.ofDays(30))));
                    ps.executeUpdate();
                    try (ResultSet keys = ps.getGeneratedKeys()) {
                        keys.next();
                        invites.add(new Invite(keys.getLong(1), token));
                    }
                }
            }
            c.commit();
        }
        return invites;
    }

    private void line(String format, Object... args) {
        md.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
