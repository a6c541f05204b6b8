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

    @Test
    void theCheckTrustsScopedCasesFragmentsByTokenNotByNearness() {
        assertClean("""
                class A {
                    private static final String FILTER = "(:a IS NULL OR c.a = :a)";
                    List<Long> f(CaseSelection selection, Purpose purpose) {
                        ScopedCases scoped = caseSelection.scoped(selection);
                        jdbc.sql(\"""
                                SELECT c.id FROM %s
                                WHERE %s ORDER BY c.id\""".formatted(ScopedCases.FROM, scoped.where())).params(scoped.params());
                        jdbc.sql("SELECT COUNT(*) FROM %s WHERE (%s) AND %s".formatted(ScopedCases.FROM, scoped.where(),
                                FILTER)).params(scoped.params());
                        jdbc.sql("SELECT c.id FROM t WHERE NOT (" + scoped.where() + ") AND c.id IN (:ids)");
                        jdbc.sql("SELECT e.id FROM rating_entry e WHERE e.case_id IN ("
                                + scoped.idsSubquery() + ")").params(scoped.params());
                        String submitted = "r.status = 'SUBMITTED' AND r.case_id IN (" + scoped.idsSubquery() + ")";
                        jdbc.sql("SELECT r.id FROM survey_response r" + " WHERE " + submitted).params(scoped.params());
                        return jdbc.sql(\"""
                                SELECT m.case_id FROM absence_month m
                                WHERE m.case_id IN (%s)\""".formatted(scoped.idsSubquery())).query(Long.class).list();
                    }
                }""");
    }

    @Test
    void theCheckCatchesConcatenationNextToScopedCasesFragments() {
        String head = """
                class A { void f(CaseSelection selection, String name, long id) {
                    ScopedCases scoped = caseSelection.scoped(selection);
                """;
        // In the same statement as a trusted fragment.
        assertFlagged(head + """
                    jdbc.sql("SELECT a FROM t WHERE a IN (" + scoped.idsSubquery() + ") AND b = '" + name + "'");
                } }""");
        assertFlagged(head + """
                    jdbc.sql("SELECT a FROM t WHERE %s AND b = '%s'".formatted(scoped.where(), name));
                } }""");
        // Statements right next to one.
        assertFlagged(head + """
                    jdbc.sql("SELECT a FROM t WHERE a IN (" + scoped.idsSubquery() + ")").params(scoped.params());
                    jdbc.sql("DELETE FROM t WHERE id = " + id).update();
                } }""");
        assertFlagged(head + """
                    String byName = "b = '" + name + "'";
                    jdbc.sql("SELECT a FROM t WHERE " + scoped.where() + " AND " + byName);
                } }""");
        // A string once built from a fragment, then changed.
        assertFlagged(head + """
                    String cond = "a IN (" + scoped.idsSubquery() + ")";
                    cond += " AND b = " + name;
                    jdbc.sql("SELECT a FROM t WHERE " + cond);
                } }""");
        // Something else that happens to be called scoped, or whose type the tokens cannot tell.
        assertFlagged("""
                class A { void f(Filter scoped) { jdbc.sql("SELECT a FROM t WHERE " + scoped.where()); } }""");
        assertFlagged("""
                class A { void f(CaseSelection s) {
                    var scoped = caseSelection.scoped(s);
                    jdbc.sql("SELECT a FROM t WHERE " + scoped.where()); } }""");
        assertFlagged("""
                class A { void f() { filters.forEach(scoped -> jdbc.sql("SELECT a FROM t WHERE " + scoped.where())); } }""");
    }

    private static void assertFlagged(String source) {
        assertThat(new SqlConcatenationCheck().check("Planted.java", source)).as(source).isNotEmpty();
    }

    private static void assertClean(String source) {
        assertThat(new SqlConcatenationCheck().check("Clean.java", source)).isEmpty();
    }
}
