package se.uppfoljning.enquiries;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import se.uppfoljning.IntegrationTest;
import se.uppfoljning.TestLogin;
import se.uppfoljning.base.BusinessException;
import se.uppfoljning.base.DemoProperties;
import se.uppfoljning.base.i18n.Translations;
import se.uppfoljning.cases.ReferenceDataService;

/**
 * Issue #13 item 21: a school meeting where ~30 families share the school's address must not lock itself out,
 * while an address that keeps guessing must wait, is told for how long, and its refused attempts are audited.
 */
@IntegrationTest
class CodeEntryThrottleTest {

    private static final String WRONG = "AAAA-AAAA-AAAA";

    @Autowired
    InvitationService invitations;
    @Autowired
    ParentAnswerService parents;
    @Autowired
    ReferenceDataService reference;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Translations translations;

    private final String schoolAddress = "203.0.113." + ThreadLocalRandom.current().nextInt(1, 255);

    @Test
    void thirtyFamiliesBehindOneAddressMistypeAndAllGetInUntilTheAddressKeepsGuessing() {
        String code = newInvitationCode();
        for (int family = 0; family < 30; family++) {
            for (int typo = 0; typo < 2; typo++) {
                assertRefused(() -> parents.openCode(WRONG, schoolAddress), "enquiries.code.error.wrong");
            }
            assertThat(parents.openCode(code, schoolAddress)).isPositive();
        }
        // 60 wrong codes so far; the address may make 100 in 15 minutes. The 100th makes it wait 5 minutes.
        for (int i = 60; i < 99; i++) {
            assertRefused(() -> parents.openCode(WRONG, schoolAddress), "enquiries.code.error.wrong");
        }
        BusinessException locked = refused(() -> parents.openCode(WRONG, schoolAddress));
        assertThat(locked.messageKey()).isEqualTo("enquiries.code.error.wait");
        assertThat(locked.args()).containsExactly(5L);

        long refusedBefore = audited("ENQUIRY_CODE_REFUSED");
        BusinessException waiting = refused(() -> parents.openCode(code, schoolAddress));
        assertThat(waiting.messageKey()).isEqualTo("enquiries.code.error.wait");
        assertThat(audited("ENQUIRY_CODE_REFUSED")).isEqualTo(refusedBefore + 1);

        // Another address is not affected.
        assertThat(parents.openCode(code, "198.51.100.7")).isPositive();
    }

    @Test
    void theParentReadsHowLongToWaitInEachLanguage() {
        assertThat(translations.getTranslation("enquiries.code.error.wait", Locale.of("sv"), 5L)).contains("5 minuter");
        assertThat(translations.getTranslation("enquiries.code.error.wait", Locale.of("sv"), 1L)).contains("1 minut ");
        assertThat(translations.getTranslation("enquiries.code.error.wait", Locale.ENGLISH, 5L)).contains("5 minutes");
        assertThat(translations.getTranslation("enquiries.code.error.wait", Locale.ENGLISH, 1L)).contains("1 minute ");
        assertThat(translations.getTranslation("enquiries.code.error.wait", Locale.of("ar"), 5L)).contains("5");
    }

    private String newInvitationCode() {
        TestLogin.login(users, "samordnare");
        try {
            var project = reference.projects().stream().filter(p -> p.name().equals(DemoProperties.PROJECT_SOUTH))
                    .findFirst().orElseThrow();
            long caseId = invitations.activeCaseIds(project.id(), project.schools().getFirst().id()).getFirst();
            return invitations.create(List.of(caseId), Wave.END, "sv", true).getFirst().code();
        } finally {
            TestLogin.logout();
        }
    }

    private long audited(String action) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = ?").param(action).query(Long.class).single();
    }

    private static void assertRefused(Runnable attempt, String key) {
        assertThat(refused(attempt).messageKey()).isEqualTo(key);
    }

    private static BusinessException refused(Runnable attempt) {
        return (BusinessException) org.assertj.core.api.Assertions.catchThrowable(attempt::run);
    }
}
