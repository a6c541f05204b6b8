package se.uppfoljning.audit;

import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The application's own chain verifier ({@link AuditTrail#verify()}: every hash recomputed in order) run
 * against any database, outside a Spring context, e.g. one node of the Galera cluster after the cluster test.
 * Test helper; the method security of the service does not apply here (no proxy).
 */
public final class AuditChainCheck {

    private AuditChainCheck() {
    }

    public static AuditVerification verify(DataSource database) {
        return new AuditTrail(JdbcClient.create(database), Clock.systemUTC()).verify();
    }
}
