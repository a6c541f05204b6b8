package se.uppfoljning.security;

import static org.assertj.core.api.Assertions.assertThat;
import static se.uppfoljning.security.HttpDriver.DEMO_PASSWORD;
import static se.uppfoljning.security.HttpDriver.assertRedirectedToLogin;
import static se.uppfoljning.security.HttpDriver.location;
import static se.uppfoljning.security.HttpDriver.sessionCookie;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import se.uppfoljning.TestLogin;
import se.uppfoljning.cases.ReferenceDataService;
import se.uppfoljning.enquiries.InvitationService;

/**
 * Session rules that act on the server's memory (its session registry), so the server runs in this JVM; the
 * rest of the HTTP security tests run against the production jar ({@link SecurityHttpIT}).
 * Disabling an account, changing one's password and the idle and absolute limits end sessions at once; the
 * link exchange leaves no trace of the old session.
 */
@se.uppfoljning.InProcessServerTest
class SessionControlIT {

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
    SessionKiller sessions;
    @Autowired
    JdbcClient jdbc;
    private HttpDriver http;

    @BeforeEach
    void driver() {
        http = new HttpDriver(port);
    }

    private String newParentToken() {
        return ParentLinks.token(ParentLinks.newInvitation(invitations, reference, users));
    }


    // ---------------------------------------------------------------- sessions ended by the server (ASVS 7.3, 7.4)

    @Test
    void parentLinkExchangeIssuesANewSessionIdAndDropsTheTokenFromTheAddress() throws Exception {
        String token = newParentToken();
        String before = http.newAnonymousSession();
        HttpResponse<String> open = http.get("/enkat/" + token, before);
        assertThat(open.statusCode()).isEqualTo(302);
        assertThat(location(open)).endsWith("/enkat/svar").doesNotContain(token);
        String after = sessionCookie(open);
        assertThat(after).isNotNull().isNotEqualTo(before);
        assertThat(sessions.find(before)).isEmpty();
        assertThat(sessions.find(after)).hasValueSatisfying(s -> assertThat(s.getAttribute(
                se.uppfoljning.enquiries.ParentSession.KEY)).isNotNull());
        assertThat(http.get("/enkat/svar", after).statusCode()).isEqualTo(200);
    }

    // ---------------------------------------------------------------- ending sessions (ASVS 7.3, 7.4)

    @Test
    void disablingAUserEndsTheirOpenSessionAtOnce() throws Exception {
        StaffAccounts.Account user = StaffAccounts.freshCoordinator(staff, users, "disable");
        String session = http.login(user.username(), StaffAccounts.PASSWORD);
        assertThat(http.get("/cases", session).statusCode()).isEqualTo(200);

        try {
            TestLogin.login(users, "admin-demo");
            staff.setEnabled(user.id(), false);
        } finally {
            TestLogin.logout();
        }

        assertRedirectedToLogin(http.get("/cases", session));
        HttpResponse<String> again = http.postLogin(user.username(), StaffAccounts.PASSWORD, http.newAnonymousSession());
        assertThat(location(again)).contains("/login?error");
    }

    @Test
    void changingOnesPasswordEndsOnesOtherSessionsButNotThisOne() throws Exception {
        StaffAccounts.Account user = StaffAccounts.freshCoordinator(staff, users, "pwchange");
        String here = http.login(user.username(), StaffAccounts.PASSWORD);
        String elsewhere = http.login(user.username(), StaffAccounts.PASSWORD);
        // The change as ChangePasswordView makes it: within a request of the session "here".
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(new MockHttpSession(null, here));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            TestLogin.login(users, user.username());
            staff.changeOwnPassword(StaffAccounts.PASSWORD, "nytt-hemligt-ord-2026");
        } finally {
            TestLogin.logout();
            RequestContextHolder.resetRequestAttributes();
        }
        assertThat(http.get("/cases", here).statusCode()).isEqualTo(200);
        assertRedirectedToLogin(http.get("/cases", elsewhere));
    }

    @Test
    void aSessionOlderThanTheAbsoluteLimitIsEndedAtItsNextRequest() throws Exception {
        String session = http.login("samordnare", DEMO_PASSWORD);
        assertThat(http.get("/cases", session).statusCode()).isEqualTo(200);
        // Started eight hours and a minute ago, as the filter's clock sees it.
        sessions.find(session).orElseThrow().setAttribute(SessionLifetimeFilter.STARTED,
                Instant.now().minus(Duration.ofHours(8)).minus(Duration.ofMinutes(1)));
        assertRedirectedToLogin(http.get("/cases", session));
        assertThat(sessions.find(session)).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE actor = 'samordnare' AND action = 'SESSION_EXPIRED' "
                + "AND details = 'absolute'").query(Integer.class).single()).isPositive();
    }

    @Test
    void aSessionIdleForThirtyMinutesIsEndedEvenIfHeartbeatsKeptComing() throws Exception {
        String session = http.login("samordnare", DEMO_PASSWORD);
        var s = sessions.find(session).orElseThrow();
        s.setAttribute(SessionLifetimeFilter.LAST_ACTIVE, Instant.now().minus(Duration.ofMinutes(31)));
        http.post("/?v-r=heartbeat&v-uiId=0", session, Map.of());
        assertThat(sessions.find(session)).isEmpty();
        assertRedirectedToLogin(http.get("/cases", session));
    }
}
