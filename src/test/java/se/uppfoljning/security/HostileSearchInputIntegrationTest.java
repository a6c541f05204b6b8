package se.uppfoljning.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import se.uppfoljning.IntegrationTest;
import se.uppfoljning.TestLogin;
import se.uppfoljning.audit.AuditEntry;
import se.uppfoljning.audit.AuditTrail;
import se.uppfoljning.cases.CaseDetails;
import se.uppfoljning.cases.CaseFilter;
import se.uppfoljning.cases.CaseService;

/**
 * SQL and LIKE metacharacters typed into the two free-text search filters (the case list's code prefix and the
 * audit log filter) are plain text: they never widen the result (ASVS 1.2.4, 2.2.1).
 */
@IntegrationTest
class HostileSearchInputIntegrationTest {

    private static final List<String> HOSTILE = List.of("' OR '1'='1", "' OR 1=1 -- ", "%", "_", "%%", "__%",
            "\\", "\\%", "') OR ('a'='a", "*", "K%", "2_");

    @Autowired
    CaseService cases;
    @Autowired
    AuditTrail audit;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    @Test
    void hostileCodePrefixesMatchNoCase() {
        TestLogin.login(users, "samordnare");
        List<CaseDetails> all = cases.list(CaseFilter.none(), 0, 100_000);
        assertThat(all).isNotEmpty();
        for (String input : HOSTILE) {
            CaseFilter filter = new CaseFilter(null, null, null, input);
            assertThat(cases.list(filter, 0, 100_000)).as(input).isEmpty();
            assertThat(cases.count(filter)).as(input).isZero();
        }
        // An honest prefix still works, in lower case too, and finds only matching codes.
        String code = all.getFirst().caseCode();
        List<CaseDetails> found = cases.list(new CaseFilter(null, null, null, code.substring(0, 3).toLowerCase(Locale.ROOT)),
                0, 100_000);
        assertThat(found).isNotEmpty().allSatisfy(c -> assertThat(c.caseCode()).startsWith(code.substring(0, 3)));
        assertThat(found).extracting(CaseDetails::caseCode).contains(code);
    }

    @Test
    void hostileAuditFiltersMatchOnlyEntriesContainingThatExactText() {
        TestLogin.login(users, "admin-demo");
        int total = audit.count(null);
        assertThat(total).isPositive();
        for (String input : HOSTILE) {
            String needle = input.strip().toLowerCase(Locale.ROOT);
            List<AuditEntry> hits = audit.list(input, 0, total + 10);
            assertThat(hits).as(input).hasSize(audit.count(input)).allSatisfy(e -> assertThat(
                    String.join("\u0000", e.actor(), e.action(), String.valueOf(e.target()), String.valueOf(e.details()))
                            .toLowerCase(Locale.ROOT)).contains(needle));
            if (!input.equals("_")) {
                assertThat(hits.size()).as(input).isLessThan(total);
            }
        }
    }
}
