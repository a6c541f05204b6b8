package se.uppfoljning;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The packaged production jar ({@code target/uppfoljning.jar}, built by {@code package} before failsafe runs)
 * started as a separate {@code java -jar} process on free loopback ports, the way a city's IT department runs
 * it. Nothing of the test JVM is inside it: what a test sees of it is HTTP and its log file.
 *
 * <p>{@link #start(Map, List, Path)} waits until the readiness probe answers {@code UP}; a process that exits
 * first, or is not ready within {@link #READY_TIMEOUT}, fails with the tail of its log.
 */
public final class ProductionJar implements AutoCloseable {

    /** Generous: a cold start unpacks MariaDB and migrates the schema, on 2 cores shared with the tests. */
    public static final Duration READY_TIMEOUT = Duration.ofSeconds(240);

    private final Process process;
    private final int port;
    private final int managementPort;
    private final Path log;

    private ProductionJar(Process process, int port, int managementPort, Path log) {
        this.process = process;
        this.port = port;
        this.managementPort = managementPort;
        this.log = log;
    }

    /** {@code target/uppfoljning.jar}, or a clear failure telling how to build it. */
    public static Path jar() {
        Path jar = Path.of("target", "uppfoljning.jar").toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " not found: run the tests with ./mvnw verify (package runs first)");
        }
        return jar;
    }

    /** The java of this test JVM (21+, chosen by ./mvnw), for starting the jar. */
    public static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    /** A free TCP port on loopback (a race with other processes is possible but unlikely). */
    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Starts the jar without waiting for it.
     *
     * @param env  extra environment variables (e.g. {@code SPRING_DATASOURCE_URL})
     * @param args extra command-line arguments ({@code --name=value})
     * @param workDir the process's working directory; its log goes to {@code workDir/app.log}
     */
    public static Process launch(Map<String, String> env, List<String> args, Path workDir, Path log) throws IOException {
        return launch(env, List.of("-Xmx768m"), args, workDir, log);
    }

    /** As {@link #launch(Map, List, Path, Path)}, with these JVM options (e.g. {@code -Xmx2g}). */
    public static Process launch(Map<String, String> env, List<String> jvmOptions, List<String> args, Path workDir,
                                 Path log) throws IOException {
        return launch(jar(), env, jvmOptions, args, workDir, log);
    }

    /** As {@link #launch(Map, List, List, Path, Path)}, for another jar (e.g. the extracted form {@code ./run} uses). */
    public static Process launch(Path jar, Map<String, String> env, List<String> jvmOptions, List<String> args,
                                 Path workDir, Path log) throws IOException {
        Files.createDirectories(workDir);
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().putAll(env);
        return pb.start();
    }

    /**
     * Starts the jar on free ports and waits until it is ready.
     *
     * @return the running jar; {@link #close()} stops it with SIGTERM (graceful shutdown)
     */
    public static ProductionJar start(Map<String, String> env, List<String> args, Path workDir) throws IOException {
        return start(env, List.of("-Xmx768m"), args, workDir);
    }

    /** As {@link #start(Map, List, Path)}, with these JVM options. */
    public static ProductionJar start(Map<String, String> env, List<String> jvmOptions, List<String> args, Path workDir)
            throws IOException {
        int port = freePort();
        int management = freePort();
        Path log = workDir.resolve("app.log");
        Map<String, String> allEnv = new java.util.HashMap<>(env);
        allEnv.put("PORT", Integer.toString(port));
        allEnv.put("MANAGEMENT_PORT", Integer.toString(management));
        Process process = launch(allEnv, jvmOptions, args, workDir, log);
        ProductionJar jar = new ProductionJar(process, port, management, log);
        jar.awaitReady();
        return jar;
    }

    private void awaitReady() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the jar exited with " + process.exitValue() + " before it was ready:\n"
                        + tail(60));
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(managementUrl()
                        + "/actuator/health/readiness")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(500);
        }
        close();
        throw new IllegalStateException("the jar was not ready within " + READY_TIMEOUT + ":\n" + tail(60));
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public String managementUrl() {
        return "http://127.0.0.1:" + managementPort;
    }

    public Process process() {
        return process;
    }

    /**
     * The jar's used heap after three full collections, in bytes, read with {@code jcmd} from the same JDK
     * ({@code GC.run}, then {@code GC.heap_info}: "used NNNK").
     */
    public long usedHeapAfterGc() {
        Path jcmd = Path.of(java()).resolveSibling("jcmd");
        long used = Long.MAX_VALUE;
        try {
            for (int i = 0; i < 3; i++) {
                run(jcmd.toString(), Long.toString(process.pid()), "GC.run");
                sleep(300);
                String info = run(jcmd.toString(), Long.toString(process.pid()), "GC.heap_info");
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("used (\\d+)K").matcher(info);
                if (!m.find()) {
                    throw new IllegalStateException("no heap figure in: " + info);
                }
                used = Math.min(used, Long.parseLong(m.group(1)) * 1024);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return used;
    }

    /** CPU time the jar's process has used so far. */
    public Duration cpuTime() {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    private static String run(String... command) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            p.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return out;
    }

    /** Every line the jar has logged so far. */
    public List<String> logLines() {
        try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
            return lines.toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The last {@code n} log lines, for failure messages. */
    public String tail(int n) {
        List<String> lines = logLines();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - n), lines.size()));
    }

    /** SIGTERM, then up to 40 s for the graceful shutdown, then SIGKILL. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(40, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
