package se.uppfoljning.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

class DatabaseOutageTest {

    @Test
    void recognisesAPoolThatCannotGetAConnection() {
        var hikari = new SQLTransientConnectionException("uppfoljning - Connection is not available", "08000",
                new ConnectException("Connection refused"));
        assertThat(DatabaseOutage.isCause(new CannotCreateTransactionException("Could not open JPA EntityManager", hikari)))
                .isTrue();
    }

    @Test
    void recognisesAConnectionLostInTheMiddleOfATransaction() {
        var lost = new SQLException("socket was closed by server", "08000");
        assertThat(DatabaseOutage.isCause(new JpaSystemException(new RuntimeException("commit failed", lost)))).isTrue();
    }

    @Test
    void doesNotTakeDataOrLockingErrorsForAnOutage() {
        assertThat(DatabaseOutage.isCause(new DataIntegrityViolationException("duplicate key",
                new SQLException("Duplicate entry", "23000")))).isFalse();
        assertThat(DatabaseOutage.isCause(new CannotAcquireLockException("deadlock",
                new SQLTransactionRollbackException("Deadlock found", "40001")))).isFalse();
        assertThat(DatabaseOutage.isCause(new ObjectOptimisticLockingFailureException("Case", 1L))).isFalse();
        assertThat(DatabaseOutage.isCause(new IllegalStateException("no cause"))).isFalse();
    }
}
