package se.uppfoljning.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import se.uppfoljning.IntegrationTest;
import se.uppfoljning.TestLogin;

/**
 * An append that loses a deadlock (MariaDB error 1213, the same error a Galera certification conflict gives) is
 * rolled back and retried on top of the new chain head, so the entry is stored once and the chain stays intact.
 */
@IntegrationTest
class AuditAppendRetryTest {

    @Autowired
    AuditTrail audit;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    @Test
    void anAppendThatLosesADeadlockIsRetriedAndStoredOnce() throws Exception {
        String action = "RETRY_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        CompletableFuture<Void> append;
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            long next;
            try (Statement s = other.createStatement(); ResultSet rs = s.executeQuery("SELECT seq FROM audit_chain_head")) {
                rs.next();
                next = rs.getLong(1) + 1;
            }
            // The other transaction takes the next sequence numbers first (and is heavier, so InnoDB picks the
            // append as the deadlock victim) ...
            try (PreparedStatement insert = other.prepareStatement("""
                    INSERT INTO audit_entry (seq, occurred_at, actor, action, prev_hash, hash)
                    VALUES (?, ?, 'other', 'OTHER', REPEAT('0', 64), REPEAT('0', 64))""")) {
                for (int i = 0; i < 50; i++) {
                    insert.setLong(1, next + i);
                    insert.setTimestamp(2, Timestamp.from(Instant.now()));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            // ... the append locks the head and waits for the other's sequence number ...
            append = CompletableFuture.runAsync(() -> audit.record("tester", action, null, null));
            Thread.sleep(700);
            // ... and the other now wants the head: a cycle. The append is rolled back; the other goes on.
            try (Statement s = other.createStatement()) {
                s.executeQuery("SELECT seq FROM audit_chain_head WHERE id = 1 FOR UPDATE").close();
            }
            assertThat(append).isNotDone();
            other.rollback();
        }
        append.get(30, TimeUnit.SECONDS);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = ?").param(action)
                .query(Integer.class).single()).isEqualTo(1);
        TestLogin.login(users, "admin-demo");
        assertThat(audit.verify().intact()).isTrue();
    }
}
