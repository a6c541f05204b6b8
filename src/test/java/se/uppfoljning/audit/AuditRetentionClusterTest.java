package se.uppfoljning.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.uppfoljning.IntegrationTest;

/** The nightly audit retention runs on one node of a cluster: ShedLock's row in {@code base_shedlock}. */
@IntegrationTest
class AuditRetentionClusterTest {

    @Autowired
    AuditRetention retention;
    @Autowired
    JdbcClient jdbc;

    @Test
    void skipsTheRunWhileAnotherNodeHoldsTheLockAndTakesAnExpiredLock() {
        jdbc.sql("DELETE FROM base_shedlock WHERE name = 'audit-retention'").update();
        jdbc.sql("INSERT INTO base_shedlock (name, lock_until, locked_at, locked_by) "
                + "VALUES ('audit-retention', UTC_TIMESTAMP(3) + INTERVAL 1 HOUR, UTC_TIMESTAMP(3), 'node-b')").update();
        retention.nightly();
        assertThat(lockedBy()).isEqualTo("node-b");

        // node-b was killed: its lock runs out by itself and the next night this node takes it.
        jdbc.sql("UPDATE base_shedlock SET lock_until = UTC_TIMESTAMP(3) - INTERVAL 1 HOUR WHERE name = 'audit-retention'")
                .update();
        retention.nightly();
        assertThat(lockedBy()).isNotEqualTo("node-b");
        assertThat(jdbc.sql("SELECT lock_until > UTC_TIMESTAMP(3) FROM base_shedlock WHERE name = 'audit-retention'")
                .query(Boolean.class).single()).isTrue();
        jdbc.sql("DELETE FROM base_shedlock WHERE name = 'audit-retention'").update();
    }

    private String lockedBy() {
        return jdbc.sql("SELECT locked_by FROM base_shedlock WHERE name = 'audit-retention'").query(String.class).single();
    }
}
