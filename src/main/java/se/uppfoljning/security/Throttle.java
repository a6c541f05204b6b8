package se.uppfoljning.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.retry.support.RetryTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import se.uppfoljning.base.TransientFailureRetry;

/**
 * The one lock-out mechanism for what can be guessed (staff passwords, parents' paper codes), kept in the
 * database table {@code security_throttle} so that every app node of a cluster sees the same counts.
 * <p>
 * Per key (a user name, a client address, {@code "*"} for everybody; compared stripped and in lower case) it
 * counts failures in a window of {@link Rule#window()} that opens with the first failure. The
 * {@link Rule#maxFailures()}-th failure inside the window locks the key for {@link Rule#lockDuration()} and the
 * count starts again; failures while locked neither count nor extend the lock. {@link #recordSuccess} clears
 * the count, not a lock. Keys are stored only as SHA-256 of scope and key. Each row expires at the end of its
 * window or lock and is then deleted by {@link ThrottleCleanup}, so the table holds at most the keys that
 * failed within the last window. All times come from the injected {@link Clock}.
 * <p>
 * Every change runs in its own transaction (it must survive the rollback of the refused business call) and
 * is retried on deadlock or Galera certification conflict: a rolled-back attempt left nothing behind.
 */
public final class Throttle {

    /**
     * @param scope        names the counter family in the table ({@code login}, {@code code-client}), ≤ 32 chars
     * @param maxFailures  failures within {@code window} that lock the key, ≥ 1
     * @param window       how long failures are counted from the first one
     * @param lockDuration how long a lock lasts
     */
    public record Rule(String scope, int maxFailures, Duration window, Duration lockDuration) {
        public Rule {
            if (scope == null || scope.isBlank() || scope.length() > 32 || maxFailures < 1
                    || window.isNegative() || window.isZero() || lockDuration.isNegative() || lockDuration.isZero()) {
                throw new IllegalArgumentException("Invalid throttle rule " + scope);
            }
        }
    }

    private final Rule rule;
    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final RetryTemplate retry = TransientFailureRetry.template();
    private final Clock clock;

    public Throttle(Rule rule, JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.rule = rule;
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** How long {@code key} stays locked from now; {@link Duration#ZERO} when it is not locked. */
    public Duration lockedFor(String key) {
        long now = clock.millis();
        Long until = jdbc.sql("SELECT locked_until_ms FROM security_throttle WHERE scope = ? AND subject = ?")
                .params(rule.scope(), subject(key)).query(Long.class).optional().orElse(0L);
        return until > now ? Duration.ofMillis(until - now) : Duration.ZERO;
    }

    /**
     * Counts one failure of {@code key}. Returns how long the key is locked from now, {@link Duration#ZERO}
     * while it is still open; a failure that arrives while locked returns the time left.
     */
    public Duration recordFailure(String key) {
        String subject = subject(key);
        return retry.execute(attempt -> ownTransaction.execute(status -> countFailure(subject)));
    }

    /** Clears the failure count of {@code key} (a lock stays until it ends). */
    public void recordSuccess(String key) {
        String subject = subject(key);
        retry.execute(attempt -> ownTransaction.execute(status -> jdbc.sql("""
                        UPDATE security_throttle SET failures = 0, expires_ms = GREATEST(locked_until_ms, window_start_ms)
                        WHERE scope = ? AND subject = ? AND failures > 0""")
                .params(rule.scope(), subject).update()));
    }

    private Duration countFailure(String subject) {
        long now = clock.millis();
        jdbc.sql("""
                        INSERT INTO security_throttle (scope, subject, window_start_ms, failures, locked_until_ms, expires_ms)
                        VALUES (?, ?, ?, 0, 0, ?) ON DUPLICATE KEY UPDATE failures = failures""")
                .params(rule.scope(), subject, now, now + rule.window().toMillis()).update();
        long[] row = jdbc.sql("""
                        SELECT window_start_ms, failures, locked_until_ms FROM security_throttle
                        WHERE scope = ? AND subject = ? FOR UPDATE""")
                .params(rule.scope(), subject)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getInt(2), rs.getLong(3)}).single();
        long windowStart = row[0];
        long failures = row[1];
        long lockedUntil = row[2];
        if (lockedUntil > now) {
            return Duration.ofMillis(lockedUntil - now);
        }
        if (windowStart + rule.window().toMillis() <= now || failures == 0) {
            windowStart = now;
            failures = 0;
        }
        failures++;
        if (failures >= rule.maxFailures()) {
            lockedUntil = now + rule.lockDuration().toMillis();
            failures = 0;
        }
        long expires = Math.max(windowStart + rule.window().toMillis(), lockedUntil);
        jdbc.sql("""
                        UPDATE security_throttle SET window_start_ms = ?, failures = ?, locked_until_ms = ?, expires_ms = ?
                        WHERE scope = ? AND subject = ?""")
                .params(windowStart, failures, lockedUntil, expires, rule.scope(), subject).update();
        return lockedUntil > now ? Duration.ofMillis(lockedUntil - now) : Duration.ZERO;
    }

    private String subject(String key) {
        String normalized = key == null ? "" : key.strip().toLowerCase(Locale.ROOT);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((rule.scope() + "\n" + normalized).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
