package se.uppfoljning.base;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells "the database cannot be reached right now" (stopped, restarting, network gone, pool exhausted) from
 * other data errors, so a view can ask the user to try again in a moment instead of showing an error id.
 * Errors in our own SQL or data (constraint violations, bad grammar, stale versions) are not outages.
 */
public final class DatabaseOutage {

    private DatabaseOutage() {
    }

    /** True if this exception, or one of its causes, says that no working connection to the database was had. */
    public static boolean isCause(Throwable failure) {
        Throwable c = failure;
        for (int depth = 0; c != null && depth < 20; depth++) {
            if (c instanceof CannotCreateTransactionException || c instanceof DataAccessResourceFailureException
                    || c instanceof SQLTransientConnectionException || c instanceof SQLNonTransientConnectionException) {
                return true;
            }
            // SQLSTATE class 08 is "connection exception" in every SQL dialect.
            if (c instanceof SQLException e && e.getSQLState() != null && e.getSQLState().startsWith("08")) {
                return true;
            }
            c = c.getCause() == c ? null : c.getCause();
        }
        return false;
    }
}
