package se.uppfoljning.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import se.uppfoljning.IntegrationTest;
import se.uppfoljning.TestLogin;

@IntegrationTest
class AuditTrailIntegrationTest {

    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    @Test
    void concurrentWritersKeepTheChainIntactAndTamperingIsDetected() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int n = i;
            futures.add(pool.submit(() -> audit.record("tester", "TEST_EVENT", "item:" + n, null)));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        TestLogin.login(users, "admin-demo");
        AuditVerification ok = audit.verify();
        assertThat(ok.intact()).isTrue();
        assertThat(ok.entriesChecked()).isGreaterThanOrEqualTo(40);

        long seq = jdbc.sql("SELECT MAX(seq) FROM audit_entry WHERE action = 'TEST_EVENT'").query(Long.class).single();
        String original = jdbc.sql("SELECT target FROM audit_entry WHERE seq = ?").param(seq).query(String.class).single();
        jdbc.sql("UPDATE audit_entry SET target = 'item:forged' WHERE seq = ?").param(seq).update();
        try {
            assertThat(audit.verify().firstBrokenSeq()).isEqualTo(seq);
        } finally {
            jdbc.sql("UPDATE audit_entry SET target = ? WHERE seq = ?").params(original, seq).update();
        }
        assertThat(audit.verify().intact()).isTrue();
    }
}
