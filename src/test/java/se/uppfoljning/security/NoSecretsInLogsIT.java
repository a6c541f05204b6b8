package se.uppfoljning.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import se.uppfoljning.base.BusinessException;
import se.uppfoljning.cases.ReferenceDataService;
import se.uppfoljning.enquiries.CreatedInvitation;
import se.uppfoljning.enquiries.InvitationService;
import se.uppfoljning.enquiries.ParentAnswerService;

/**
 * A wrong password, a parent's link exchange, a wrong paper code and a right one, with every log event of the
 * server captured (a Logback {@link ListAppender} on the root logger, at the production level INFO and our own
 * code at DEBUG): neither the password, the token nor a code may appear in a log message, its arguments or a
 * logged exception, nor in the audit trail rows written meanwhile (ASVS 16.2.5, 14.2.1).
 */
@se.uppfoljning.InProcessServerTest
class NoSecretsInLogsIT {

    private static final String SENTINEL = "no-secrets-test-sentinel";

    @LocalServerPort
    int port;
    @Autowired
    StaffService staff;
    @Autowired
    UserDetailsService users;
    @Autowired
    InvitationService invitations;
    @Autowired
    ReferenceDataService reference;
    @Autowired
    ParentAnswerService parents;
    @Autowired
    JdbcClient jdbc;

    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Logger ours = (Logger) LoggerFactory.getLogger("se.uppfoljning");
    private Level rootLevel;
    private Level ourLevel;

    @BeforeEach
    void capture() {
        rootLevel = root.getLevel();
        ourLevel = ours.getLevel();
        root.setLevel(Level.INFO);
        ours.setLevel(Level.DEBUG);
        captured.start();
        root.addAppender(captured);
    }

    @AfterEach
    void release() {
        root.detachAppender(captured);
        captured.stop();
        root.setLevel(rootLevel);
        ours.setLevel(ourLevel);
    }

    @Test
    void neitherPasswordTokenNorCodeReachesTheLogsOrTheAuditTrail() throws Exception {
        StaffAccounts.Account user = StaffAccounts.freshCoordinator(staff, users, "logs");
        CreatedInvitation invitation = ParentLinks.newInvitation(invitations, reference, users);
        String token = ParentLinks.token(invitation);
        String wrongPassword = "hemligt-" + UUID.randomUUID();
        String wrongCode = randomCode();
        long auditBefore = jdbc.sql("SELECT COALESCE(MAX(seq), 0) FROM audit_entry").query(Long.class).single();
        LoggerFactory.getLogger(NoSecretsInLogsIT.class).info(SENTINEL);

        HttpDriver http = new HttpDriver(port);
        HttpResponse<String> failed = http.postLogin(user.username(), wrongPassword, http.newAnonymousSession());
        assertThat(HttpDriver.location(failed)).contains("/login?error");
        HttpResponse<String> opened = http.get("/enkat/" + token, null);
        assertThat(HttpDriver.location(opened)).endsWith("/enkat/svar");
        assertThatThrownBy(() -> parents.openCode(wrongCode, "192.0.2.77")).isInstanceOf(BusinessException.class)
                .hasMessage("enquiries.code.error.wrong");
        assertThat(parents.openCode(invitation.code().toLowerCase(Locale.ROOT), "192.0.2.78"))
                .isEqualTo(invitation.invitationId());

        List<String> secrets = List.of(wrongPassword, StaffAccounts.PASSWORD, token, wrongCode, compact(wrongCode),
                invitation.code(), compact(invitation.code()));
        List<String> logged = captured.list.stream().map(NoSecretsInLogsIT::everything).toList();
        assertThat(logged).as("the capture works").anySatisfy(l -> assertThat(l).contains(SENTINEL));
        for (String secret : secrets) {
            assertThat(logged).as("log lines").noneSatisfy(l -> assertThat(l).containsIgnoringCase(secret));
        }

        List<String> audit = jdbc.sql("SELECT CONCAT_WS('|', actor, action, target, details) FROM audit_entry WHERE seq > ?")
                .param(auditBefore).query(String.class).list();
        assertThat(audit).as("what was audited").anySatisfy(a -> assertThat(a).startsWith(user.username() + "|LOGIN_FAILED"))
                .anySatisfy(a -> assertThat(a).startsWith("parent|ENQUIRY_CODE_FAILED"));
        for (String secret : secrets) {
            assertThat(audit).as("audit rows").noneSatisfy(a -> assertThat(a).containsIgnoringCase(secret));
        }
        // Only hashes are stored: the invitation row holds neither the token nor the code.
        String row = jdbc.sql("SELECT CONCAT_WS('|', token_hash, code_hash) FROM enquiry_invitation WHERE id = ?")
                .param(invitation.invitationId()).query(String.class).single();
        assertThat(row).doesNotContain(token).doesNotContain(compact(invitation.code()));
    }

    /** Message, raw message, arguments, MDC and every exception in the chain, as one string. */
    private static String everything(ILoggingEvent e) {
        List<String> parts = new ArrayList<>();
        parts.add(e.getLoggerName());
        parts.add(e.getFormattedMessage());
        parts.add(e.getMessage());
        if (e.getArgumentArray() != null) {
            for (Object a : e.getArgumentArray()) {
                parts.add(String.valueOf(a));
            }
        }
        parts.add(String.valueOf(e.getMDCPropertyMap()));
        for (IThrowableProxy t = e.getThrowableProxy(); t != null; t = t.getCause()) {
            parts.add(t.getClassName() + ": " + t.getMessage());
        }
        return String.join("\n", parts);
    }

    private static String compact(String code) {
        return code.replace("-", "");
    }

    private static String randomCode() {
        String alphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
        java.util.Random random = new java.security.SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                sb.append('-');
            }
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
