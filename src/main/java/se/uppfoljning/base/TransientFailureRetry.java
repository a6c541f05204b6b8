package se.uppfoljning.base;

import java.sql.SQLException;
import java.time.Duration;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.retry.annotation.EnableRetry;
import org.springframework.retry.interceptor.RetryInterceptorBuilder;
import org.springframework.retry.support.RetryTemplate;

/**
 * Retries work that lost a lock race in the database: MariaDB's deadlock (error 1213, SQLSTATE 40001), lock wait
 * timeout (1205), and a Galera certification failure, which a multi-primary cluster reports as 1213 at commit
 * when another node committed a conflicting write first ("WSREP detected deadlock/conflict"). Each of these has
 * rolled the work back, so running it again is safe for work that is idempotent and has its own transaction:
 * put {@code @Retryable(interceptor = TransientFailureRetry.INTERCEPTOR)} on a {@code @Transactional} method whose
 * transaction is not joined by a caller's (REQUIRES_NEW, or only called from views and jobs), or call
 * {@link #template()} around a {@code TransactionTemplate}. The retry advice runs outside the transaction advice
 * (Spring Retry orders itself before {@code @Transactional}), so each attempt is a fresh transaction.
 * Up to {@value #MAX_ATTEMPTS} attempts with a jittered exponential back-off from 10 ms to 200 ms.
 */
@Configuration(proxyBeanMethods = false)
@EnableRetry
public class TransientFailureRetry {

    /** Bean name of the method interceptor for {@code @Retryable(interceptor = ...)}. */
    public static final String INTERCEPTOR = "transientFailureRetryInterceptor";
    static final int MAX_ATTEMPTS = 5;
    private static final int ER_LOCK_DEADLOCK = 1213;
    private static final int ER_LOCK_WAIT_TIMEOUT = 1205;

    /** A new template (templates are cheap and thread-safe) retrying only {@link #isTransient} failures. */
    public static RetryTemplate template() {
        return RetryTemplate.builder()
                .maxAttempts(MAX_ATTEMPTS)
                .exponentialBackoff(Duration.ofMillis(10), 2, Duration.ofMillis(200), true)
                .retryOn(TransientFailureRetry::isTransient)
                .build();
    }

    @Bean(INTERCEPTOR)
    static MethodInterceptor transientFailureRetryInterceptor() {
        return RetryInterceptorBuilder.stateless().retryOperations(template()).build();
    }

    /**
     * True when the failure, or any of its causes, is a deadlock, a lock wait timeout or a Galera certification
     * conflict, however Spring, Hibernate or the driver wrapped it.
     */
    public static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PessimisticLockingFailureException) {
                return true;
            }
            if (t instanceof SQLException sql && (sql.getErrorCode() == ER_LOCK_DEADLOCK
                    || sql.getErrorCode() == ER_LOCK_WAIT_TIMEOUT || "40001".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
