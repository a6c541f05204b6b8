package se.uppfoljning.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.uppfoljning.IntegrationTest;

/**
 * Issue #14 item 2: the schema Flyway builds follows Galera's rules, checked on the migrated test database and in
 * the migration files: every table InnoDB (Galera replicates only InnoDB), a primary key on every table (rows
 * without one replicate unreliably and slowly), and no LOCK TABLES or GET_LOCK (neither is replicated, so they
 * lock one node only).
 */
@IntegrationTest
class GaleraMigrationRulesTest {

    private static final Pattern FORBIDDEN = Pattern.compile(
            "\\bLOCK\\s+TABLES?\\b|\\bGET_LOCK\\s*\\(|\\bRELEASE_LOCK\\s*\\(|\\bENGINE\\s*=?\\s*(?!InnoDB\\b)\\w+",
            Pattern.CASE_INSENSITIVE);

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyTableIsInnoDb() {
        assertThat(jdbc.sql("""
                SELECT CONCAT(table_name, ' ', engine) FROM information_schema.tables
                WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' AND engine <> 'InnoDB'""")
                .query(String.class).list()).isEmpty();
        assertThat(tableCount()).isGreaterThan(20);
    }

    @Test
    void everyTableHasAPrimaryKey() {
        assertThat(jdbc.sql("""
                SELECT t.table_name FROM information_schema.tables t
                LEFT JOIN information_schema.table_constraints c ON c.table_schema = t.table_schema
                    AND c.table_name = t.table_name AND c.constraint_type = 'PRIMARY KEY'
                WHERE t.table_schema = DATABASE() AND t.table_type = 'BASE TABLE' AND c.constraint_name IS NULL""")
                .query(String.class).list()).isEmpty();
    }

    @Test
    void noMigrationLocksTablesTakesNamedLocksOrChoosesAnotherEngine() throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/*.sql");
        assertThat(files).hasSizeGreaterThan(5);
        List<String> offences = new ArrayList<>();
        for (Resource file : files) {
            String sql = stripComments(file.getContentAsString(StandardCharsets.UTF_8));
            var matcher = FORBIDDEN.matcher(sql);
            while (matcher.find()) {
                offences.add(file.getFilename() + ": " + matcher.group());
            }
        }
        assertThat(offences).isEmpty();
    }

    @Test
    void theScanFindsWhatItLooksFor() {
        String bad = "CREATE TABLE x (id INT) ENGINE=MyISAM; LOCK TABLES x WRITE; SELECT GET_LOCK('m', 5);";
        assertThat(FORBIDDEN.matcher(bad).results().map(r -> r.group().toUpperCase(Locale.ROOT)).toList())
                .containsExactly("ENGINE=MYISAM", "LOCK TABLES", "GET_LOCK(");
        assertThat(FORBIDDEN.matcher("CREATE TABLE y (id INT PRIMARY KEY) ENGINE = InnoDB;").find()).isFalse();
    }

    private int tableCount() {
        return jdbc.sql("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE()")
                .query(Integer.class).single();
    }

    private static String stripComments(String sql) {
        return sql.replaceAll("(?m)--.*$", "").replaceAll("(?s)/\\*.*?\\*/", "");
    }
}
