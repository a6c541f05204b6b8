package se.uppfoljning.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import se.uppfoljning.IntegrationTest;
import se.uppfoljning.TestLogin;

@IntegrationTest
class AuditRetentionAndExportIntegrationTest {

    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    private Instant timeOf(String action) {
        return jdbc.sql("SELECT occurred_at FROM audit_entry WHERE action = ?").param(action)
                .query(java.sql.Timestamp.class).single().toInstant();
    }

    private int countOf(String action) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = ?").param(action).query(Integer.class).single();
    }

    @Test
    void retentionDeletesTheOldestEntriesLogsItAndTheRestStillVerifies() {
        String tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        audit.record("tester", "OLD_" + tag, null, null);
        audit.record("tester", "KEPT_" + tag, null, null);
        audit.record("tester", "NEW_" + tag, null, null);
        // Five years after the middle entry: the cutoff falls exactly on it, so it is the oldest kept.
        Clock fiveYearsOn = Clock.fixed(timeOf("KEPT_" + tag).atZone(ZoneOffset.UTC).plusYears(5).toInstant(),
                ZoneOffset.UTC);
        AuditRetention job = new AuditRetention(audit, new AuditProperties(Period.ofYears(5)), fiveYearsOn);

        int deleted = job.applyRetention();

        assertThat(deleted).isPositive();
        assertThat(countOf("OLD_" + tag)).isZero();
        assertThat(countOf("KEPT_" + tag)).isEqualTo(1);
        assertThat(countOf("NEW_" + tag)).isEqualTo(1);
        String logged = jdbc.sql("SELECT details FROM audit_entry WHERE action = 'AUDIT_RETENTION_APPLIED' "
                + "ORDER BY seq DESC LIMIT 1").query(String.class).single();
        assertThat(logged).startsWith("deleted=" + deleted + ", before=");
        TestLogin.login(users, "admin-demo");
        AuditVerification check = audit.verify();
        assertThat(check.intact()).isTrue();
        long oldest = jdbc.sql("SELECT MIN(seq) FROM audit_entry").query(Long.class).single();
        assertThat(oldest).isEqualTo(jdbc.sql("SELECT seq FROM audit_entry WHERE action = ?").param("KEPT_" + tag)
                .query(Long.class).single());

        // Nothing older than the cutoff is left, so a second run deletes nothing and logs nothing.
        int retentionEntries = countOf("AUDIT_RETENTION_APPLIED");
        assertThat(job.applyRetention()).isZero();
        assertThat(countOf("AUDIT_RETENTION_APPLIED")).isEqualTo(retentionEntries);
    }

    @Test
    void exportGivesTheFilteredEntriesInChainOrderNeutralisedAndIsAudited() throws Exception {
        String marker = "exp" + UUID.randomUUID().toString().substring(0, 8);
        audit.record(marker, "TEST_EXPORT", "item:1", "=cmd|' /C calc'!A0");
        audit.record(marker, "TEST_EXPORT", "item:2", "plain");
        TestLogin.login(users, "admin-demo");

        byte[] bytes = audit.exportCsv(marker);

        List<CsvRecord> rows = CsvReader.builder().fieldSeparator(';').detectBomHeader(true)
                .ofCsvRecord(new ByteArrayInputStream(bytes)).stream().toList();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).getFields()).containsExactly(AuditCsv.HEADER);
        assertThat(rows.get(1).getField(4)).isEqualTo("item:1");
        assertThat(rows.get(1).getField(5)).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(rows.get(2).getField(5)).isEqualTo("plain");
        assertThat(Long.parseLong(rows.get(1).getField(0))).isLessThan(Long.parseLong(rows.get(2).getField(0)));

        List<AuditEntry> latest = audit.list("AUDIT_EXPORTED", 0, 1);
        assertThat(latest.getFirst().actor()).isEqualTo("admin-demo");
        assertThat(latest.getFirst().details()).isEqualTo("filter=" + marker + ", rows=2");
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void filterMatchesTargetAndDetailsAndTakesWildcardsLiterally() {
        String marker = "flt" + UUID.randomUUID().toString().substring(0, 8);
        audit.record("tester", "TEST_FILTER", "project:" + marker, null);
        audit.record("tester", "TEST_FILTER", null, "reason " + marker + "_x");
        TestLogin.login(users, "admin-demo");
        assertThat(audit.count(marker)).isEqualTo(2);
        assertThat(audit.list(marker, 0, 10)).extracting(AuditEntry::action).containsOnly("TEST_FILTER");
        assertThat(audit.count(marker + "_x")).isEqualTo(1);
        assertThat(audit.count(marker + "%")).isZero();
        assertThat(AuditTrail.like("a%b_c")).isEqualTo("%a\\%b\\_c%");
    }

    @Test
    void onlyAdministratorsReadOrExportTheLog() {
        TestLogin.login(users, "samordnare");
        assertThatThrownBy(() -> audit.exportCsv(null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.list(null, 0, 10)).isInstanceOf(AccessDeniedException.class);
        TestLogin.login(users, "utvarderare");
        assertThatThrownBy(() -> audit.verify()).isInstanceOf(AccessDeniedException.class);
    }
}
