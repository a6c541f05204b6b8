package se.uppfoljning;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Starts the production jar once per test JVM for {@link ServerTest} classes, on the test context's MariaDB
 * (given to the jar as {@code SPRING_DATASOURCE_URL}, as an external database is configured in production).
 * The test context (no web server) seeds data and reads results through the services and the database; the
 * jar serves every request. It is stopped gracefully when the JVM ends.
 */
public class ProductionJarExtension implements BeforeAllCallback {

    private static ProductionJar running;

    /** The jar the {@link ServerTest} classes of this JVM talk to. */
    public static synchronized ProductionJar jar() {
        if (running == null) {
            throw new IllegalStateException("the production jar is started by ProductionJarExtension (use @ServerTest)");
        }
        return running;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        ApplicationContext spring = SpringExtension.getApplicationContext(context);
        synchronized (ProductionJarExtension.class) {
            if (running != null && running.process().isAlive()) {
                return;
            }
            HikariDataSource ds = spring.getBean(DataSource.class).unwrap(HikariDataSource.class);
            Map<String, String> env = new java.util.HashMap<>(Map.of(
                    "SPRING_DATASOURCE_URL", ds.getJdbcUrl(),
                    "SPRING_DATASOURCE_USERNAME", ds.getUsername() == null ? "" : ds.getUsername()));
            env.put("SPRING_DATASOURCE_PASSWORD", ds.getPassword() == null ? "" : ds.getPassword());
            // The test context already holds the demo data; the jar must not seed a second copy, nor run the
            // nightly jobs that tests call themselves.
            List<String> args = new java.util.ArrayList<>(List.of("--uppfoljning.demo.enabled=false",
                    "--uppfoljning.audit.retention-cron=-", "--uppfoljning.cases.retention-cron=-",
                    "--logging.level.se.uppfoljning=debug", "--spring.main.banner-mode=off"));
            // A test class may add arguments and set the heap (benchmarks): uppfoljning.test.jar-args (comma
            // separated) and uppfoljning.test.jar-xmx in its @SpringBootTest properties.
            String extra = spring.getEnvironment().getProperty("uppfoljning.test.jar-args", "");
            for (String a : extra.split(",")) {
                if (!a.isBlank()) {
                    // An extra argument replaces a default one for the same property (Spring would join both).
                    String name = a.strip().split("=", 2)[0];
                    args.removeIf(d -> d.startsWith(name + "="));
                    args.add(a.strip());
                }
            }
            String xmx = spring.getEnvironment().getProperty("uppfoljning.test.jar-xmx", "768m");
            // Extra JVM options for profiling, separated by spaces (JFR's own options use commas), e.g.
            // -Duppfoljning.test.jar-jvm-options=-XX:StartFlightRecording=filename=jar.jfr on the Maven command line.
            List<String> jvmOptions = new java.util.ArrayList<>(List.of("-Xmx" + xmx));
            for (String o : spring.getEnvironment().getProperty("uppfoljning.test.jar-jvm-options", "").split("\\s+")) {
                if (!o.isBlank()) {
                    jvmOptions.add(o);
                }
            }
            running = ProductionJar.start(env, jvmOptions, args, Path.of("target", "it-jar").toAbsolutePath());
            ProductionJar jar = running;
            Runtime.getRuntime().addShutdownHook(new Thread(jar::close, "stop-production-jar"));
        }
    }
}
