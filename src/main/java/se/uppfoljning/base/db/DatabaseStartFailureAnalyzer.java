package se.uppfoljning.base.db;

import ch.vorburger.exec.ManagedProcessException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.sql.SQLException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;
import se.uppfoljning.base.DatabaseOutage;

/**
 * Turns the known reasons why the database cannot be used at start-up into Spring Boot's short
 * "APPLICATION FAILED TO START" report (description and action, no stack trace; the process exits with 1):
 * <ul>
 *   <li>the external MariaDB ({@code SPRING_DATASOURCE_URL}) cannot be reached or refuses the login
 *       (SQLState class 08 "connection exception" or 28 "invalid authorization", ISO/IEC 9075 / SQL:2016);</li>
 *   <li>the embedded MariaDB's data directory cannot be created or written;</li>
 *   <li>the embedded MariaDB server does not start.</li>
 * </ul>
 * Anything else is left to the other analyzers and, failing those, to Spring Boot's full report.
 */
class DatabaseStartFailureAnalyzer implements FailureAnalyzer {

    private final Environment environment;

    DatabaseStartFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        String url = environment.getProperty("spring.datasource.url");
        String dataDir = environment.getProperty("uppfoljning.db.data-dir", "./data/mariadb");
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && StringUtils.hasText(url)) {
                String state = sql.getSQLState() == null ? "" : sql.getSQLState();
                if (state.startsWith("28")) {
                    return new FailureAnalysis("The database at " + url + " refused the login: " + sql.getMessage(),
                            "Check SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD and the user's grants"
                                    + " (docs/deployment.md).", failure);
                }
                if (DatabaseOutage.isCause(sql)) {
                    return new FailureAnalysis("The database at " + url + " cannot be reached: " + sql.getMessage(),
                            "Start the database or correct SPRING_DATASOURCE_URL, then start the application again.",
                            failure);
                }
            }
            if (t instanceof AccessDeniedException denied && !StringUtils.hasText(url)) {
                return new FailureAnalysis("The embedded database's data directory cannot be written: "
                        + denied.getFile() + " (access denied).",
                        "Give the user running the application write access to " + dataDir
                                + ", or set UPPFOLJNING_DATA_DIR to a writable directory.", failure);
            }
            if (t instanceof FileSystemException fs && !StringUtils.hasText(url)) {
                return new FailureAnalysis("The embedded database's data directory cannot be used: " + fs.getMessage(),
                        "Set UPPFOLJNING_DATA_DIR to a writable directory on a local disk.", failure);
            }
            if (t instanceof ManagedProcessException mp && !StringUtils.hasText(url)) {
                return new FailureAnalysis("The embedded MariaDB did not start with its data in " + dataDir + ": "
                        + firstLine(mp.getMessage()),
                        "Check that the directory is writable and not used by another running instance, and that"
                                + " the machine has free disk space; the MariaDB error log is in that directory.",
                        failure);
            }
        }
        return null;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
