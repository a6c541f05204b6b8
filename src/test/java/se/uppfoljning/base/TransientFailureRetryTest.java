package se.uppfoljning.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.TransactionSystemException;

class TransientFailureRetryTest {

    private static final String GALERA = "WSREP detected deadlock/conflict and aborted the transaction. Try restarting the transaction";

    @Test
    void deadlocksLockWaitsAndGaleraConflictsAreTransientHoweverWrapped() {
        assertThat(TransientFailureRetry.isTransient(new CannotAcquireLockException("x"))).isTrue();
        assertThat(TransientFailureRetry.isTransient(new SQLException(GALERA, "40001", 1213))).isTrue();
        assertThat(TransientFailureRetry.isTransient(new SQLException("Lock wait timeout exceeded", "HY000", 1205))).isTrue();
        // A certification failure at commit reaches us wrapped by the transaction manager.
        assertThat(TransientFailureRetry.isTransient(new TransactionSystemException("commit failed",
                new JpaSystemException(new RuntimeException(new SQLException(GALERA, "40001", 1213)))))).isTrue();
    }

    @Test
    void otherFailuresAreNotRetried() {
        assertThat(TransientFailureRetry.isTransient(new DataIntegrityViolationException("dup",
                new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062)))).isFalse();
        assertThat(TransientFailureRetry.isTransient(new IllegalStateException("boom"))).isFalse();
        assertThat(TransientFailureRetry.isTransient(new BusinessException("x.y"))).isFalse();
    }

    @Test
    void theTemplateRetriesTransientFailuresOnlyAndGivesUpAfterFiveAttempts() {
        AtomicInteger calls = new AtomicInteger();
        String result = TransientFailureRetry.template().execute(ctx -> {
            if (calls.incrementAndGet() < 3) {
                throw new CannotAcquireLockException("deadlock");
            }
            return "done";
        });
        assertThat(result).isEqualTo("done");
        assertThat(calls).hasValue(3);

        AtomicInteger failing = new AtomicInteger();
        assertThatThrownBy(() -> TransientFailureRetry.template().execute(ctx -> {
            failing.incrementAndGet();
            throw new CannotAcquireLockException("deadlock");
        })).isInstanceOf(CannotAcquireLockException.class);
        assertThat(failing).hasValue(5);

        AtomicInteger once = new AtomicInteger();
        assertThatThrownBy(() -> TransientFailureRetry.template().execute(ctx -> {
            once.incrementAndGet();
            throw new IllegalStateException("not transient");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(once).hasValue(1);
    }
}
