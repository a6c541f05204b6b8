package se.uppfoljning.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ASVS 1.2.4: no SQL in {@code src/main/java} is built from variables; values always go in as parameters. */
class ParameterisedQueriesTest {

    @Test
    void mainSourcesBuildNoSqlFromVariables() {
        SqlConcatenationCheck check = new SqlConcatenationCheck();
        List<SqlConcatenationCheck.Violation> violations = check.scan(Path.of("src/main/java"));
        assertThat(violations).as("SQL built from variables").isEmpty();
        assertThat(check.callsSeen).as("query-building calls found").isGreaterThan(30);
    }

    @Test
    void theCheckCatchesSqlBuiltFromVariables() {
        assertFlagged("""
                class A { void f(String name) { jdbc.sql("SELECT * FROM t WHERE name = '" + name + "'").query(); } }""");
        assertFlagged("""
                class A { void f(long id) { em.createNativeQuery("DELETE FROM t WHERE id = " + id).executeUpdate(); } }""");
        assertFlagged("""
                class A { void f(String order) {
                    String q = \"""
                        SELECT a FROM t
                        ORDER BY \""" + order;
                    jdbc.sql(q).query(); } }""");
        assertFlagged("""
                class A { void f(String col) { jdbc.sql("SELECT %s FROM t WHERE x = ?".formatted(col)); } }""");
        assertFlagged("""
                class A { void f(String v) { var q = String.format("UPDATE t SET a = '%s'", v); } }""");
        assertFlagged("""
                class A { void f(String v) { em.createQuery("select p from P p where p.name = '" + v.strip() + "'"); } }""");
        assertFlagged("""
                class A { void f(Filter f) { jdbc.sql(base + " WHERE a = ?"); } }""");
        assertFlagged("""
                class A { void f(StringBuilder sb) { jdbc.sql(sb.append(" AND b = 1").toString()); } }""");
    }

    @Test
    void theCheckAcceptsParametersConstantsAndComments() {
        assertClean("""
                class A {
                    private static final String MATCHES = "(actor LIKE ? OR action LIKE ?)";
                    // jdbc.sql("SELECT * FROM t WHERE a = " + a) in a comment is harmless
                    /** Builds "select x from y where z = " + nothing. */
                    void f(String like, long id, CriteriaQuery<P> q) {
                        jdbc.sql("SELECT a FROM t WHERE " + MATCHES + " ORDER BY seq LIMIT ? OFFSET ?").params(like, 10, 0);
                        jdbc.sql(\"""
                            INSERT INTO t (a, b) VALUES (?, ?)\""").params(id, like).update();
                        em.createQuery(q).getResultList();
                        cb.createQuery(P.class);
                        jdbc.sql("SELECT a FROM t WHERE id IN (:ids)").param("ids", List.of(id));
                        log.info("Deleted " + id + " rows");
                        String label = "Where " + like;
                    }
                    @Query("select i from Invitation i where i.id = :id")
                    Optional<Invitation> findForUpdate(long id);
                }""");
    }

    private static void assertFlagged(String source) {
        assertThat(new SqlConcatenationCheck().check("Planted.java", source)).as(source).isNotEmpty();
    }

    private static void assertClean(String source) {
        assertThat(new SqlConcatenationCheck().check("Clean.java", source)).isEmpty();
    }
}
