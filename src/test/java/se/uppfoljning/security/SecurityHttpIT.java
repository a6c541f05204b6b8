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
 * The session and header rules over real HTTP against the production jar: session ids change at staff login and
 * at the parent's link exchange; logout ends a session so the old
 * cookie no longer works; five wrong passwords lock an account; every kind of response carries the security
 * headers. Each request names its session cookie and redirects are not followed (see {@link HttpDriver}).
 */
@se.uppfoljning.ServerTest
class SecurityHttpIT {

    private final int port = se.uppfoljning.ProductionJarExtension.jar().port();
    @Autowired
    StaffService staff;
    @Autowired
    UserDetailsService users;
    @Autowired
    InvitationService invitations;
    @Autowired
    ReferenceDataService reference;
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

    // ---------------------------------------------------------------- session fixation (ASVS 7.2.4)

    @Test
    void staffLoginIssuesANewSessionIdAndTheOldOneIsWorthless() throws Exception {
        String before = http.newAnonymousSession();
        HttpResponse<String> login = http.postLogin("samordnare", DEMO_PASSWORD, before);
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(location(login)).doesNotContain("error");
        String after = sessionCookie(login);
        assertThat(after).isNotNull().isNotEqualTo(before);

        assertThat(http.get("/cases", after).statusCode()).isEqualTo(200);
        assertRedirectedToLogin(http.get("/cases", before));
    }

    @Test
    void parentLinkExchangeIssuesANewSessionIdAndDropsTheTokenFromTheAddress() throws Exception {
        String token = newParentToken();
        String before = http.newAnonymousSession();
        HttpResponse<String> open = http.get("/enkat/" + token, before);
        assertThat(open.statusCode()).isEqualTo(302);
        assertThat(location(open)).endsWith("/enkat/svar").doesNotContain(token);
        String after = sessionCookie(open);
        assertThat(after).isNotNull().isNotEqualTo(before);
        assertThat(http.get("/enkat/svar", after).statusCode()).isEqualTo(200);
    }

    // ---------------------------------------------------------------- ending sessions (ASVS 7.3, 7.4)

    @Test
    void logoutInvalidatesTheSessionSoTheOldCookieNoLongerWorks() throws Exception {
        StaffAccounts.Account user = StaffAccounts.freshCoordinator(staff, users, "logout");
        String session = http.login(user.username(), StaffAccounts.PASSWORD);
        HttpResponse<String> page = http.get("/cases", session);
        assertThat(page.statusCode()).isEqualTo(200);

        HttpResponse<String> logout = http.post("/logout", session, Map.of("_csrf", HttpDriver.csrfToken(page)));
        assertThat(logout.statusCode()).isEqualTo(302);
        assertRedirectedToLogin(http.get("/cases", session));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE actor = ? AND action = 'LOGOUT'")
                .param(user.username()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void logoutOverHttpsTellsTheBrowserToDropTheSitesCookiesAndStorage() throws Exception {
        String session = http.login("samordnare", DEMO_PASSWORD);
        HttpResponse<String> page = http.get("/cases", session);
        HttpResponse<String> logout = http.post("/logout", session, Map.of("_csrf", HttpDriver.csrfToken(page)),
                Map.of("X-Forwarded-Proto", "https"));
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(logout.headers().firstValue("Clear-Site-Data")).hasValue("\"cookies\", \"storage\"");
    }

    @Test
    void logoutWithoutTheCsrfTokenIsRefused() throws Exception {
        String session = http.login("samordnare", DEMO_PASSWORD);
        HttpResponse<String> forged = http.post("/logout", session, Map.of());
        assertThat(forged.statusCode()).isNotEqualTo(302);
        assertThat(http.get("/cases", session).statusCode()).isEqualTo(200);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightPassword() throws Exception {
        StaffAccounts.Account user = StaffAccounts.freshCoordinator(staff, users, "throttle");
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> wrong = http.postLogin(user.username(), "fel-losenord-" + i, http.newAnonymousSession());
            assertThat(location(wrong)).as("attempt %d", i + 1).contains("/login?error");
        }
        HttpResponse<String> right = http.postLogin(user.username(), StaffAccounts.PASSWORD, http.newAnonymousSession());
        assertThat(location(right)).contains("/login?error");
        if (sessionCookie(right) != null) {
            assertRedirectedToLogin(http.get("/cases", sessionCookie(right)));
        }
        List<String> failures = jdbc.sql("SELECT details FROM audit_entry WHERE actor = ? AND action = 'LOGIN_FAILED' "
                + "ORDER BY seq").param(user.username()).query(String.class).list();
        assertThat(failures).hasSize(6);
        assertThat(failures.get(4)).isEqualTo("BadCredentialsException, account locked");
        assertThat(failures.get(5)).startsWith("LockedException");
    }

    @Test
    void anUnknownNameGetsTheSameAnswerAsAWrongPassword() throws Exception {
        HttpResponse<String> unknown = http.postLogin("finns-inte-" + System.nanoTime(), "vad-som-helst-1",
                http.newAnonymousSession());
        HttpResponse<String> wrong = http.postLogin("samtalsledare", "fel-losenord-x", http.newAnonymousSession());
        assertThat(unknown.statusCode()).isEqualTo(wrong.statusCode()).isEqualTo(302);
        assertThat(location(unknown)).isEqualTo(location(wrong));
        // One success resets the count, so this test never brings the demo account close to a lock.
        http.login("samtalsledare", DEMO_PASSWORD);
    }

    // ---------------------------------------------------------------- request size (ASVS 5.2.1)

    @Test
    void aBodyAnnouncedLargerThanTheLimitIsRefusedBeforeItIsRead() throws Exception {
        String session = http.login("samordnare", DEMO_PASSWORD);
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(15_000);
            // Announce 9 MB and send none of it: the answer must come without the server waiting for the body.
            socket.getOutputStream().write(("POST /?v-r=upload&v-uiId=0 HTTP/1.1\r\nHost: localhost\r\n"
                    + "Cookie: JSESSIONID=" + session + "\r\nContent-Type: application/octet-stream\r\n"
                    + "Content-Length: 9000000\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            assertThat(status).startsWith("HTTP/1.1 413");
        }
    }

    // ---------------------------------------------------------------- headers (ASVS 3.4, 3.3, 14.3.2)

    @Test
    void everyKindOfResponseCarriesTheSecurityHeaders() throws Exception {
        String staffSession = http.login("samordnare", DEMO_PASSWORD);
        String parentToken = newParentToken();
        Map<String, HttpResponse<String>> responses = new LinkedHashMap<>();
        responses.put("login page", http.get("/login", null));
        responses.put("staff page", http.get("/cases", staffSession));
        responses.put("staff page, not logged in", http.get("/cases", null));
        responses.put("parent code page", http.get("/enkat", null));
        HttpResponse<String> link = http.get("/enkat/" + parentToken, null);
        responses.put("parent link redirect", link);
        responses.put("parent answer page", http.get("/enkat/svar", sessionCookie(link)));
        responses.put("unknown link redirect", http.get("/enkat/" + "A".repeat(43), null));
        responses.put("static resource", http.get("/styles.css", null));
        responses.put("not found", http.get("/no-such-file.txt", staffSession));
        assertThat(responses.get("static resource").statusCode()).isEqualTo(200);
        assertThat(link.statusCode()).isEqualTo(302);

        responses.forEach((what, r) -> {
            var h = r.headers();
            assertThat(h.allValues("Content-Security-Policy")).as(what + ": one policy").singleElement()
                    .satisfies(csp -> assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'",
                            "object-src 'none'", "base-uri 'self'", "form-action 'self'").doesNotContain("*"));
            assertThat(h.allValues("Referrer-Policy")).as(what).containsOnly("no-referrer");
            assertThat(h.allValues("X-Frame-Options")).as(what).containsOnly("DENY");
            assertThat(h.allValues("X-Content-Type-Options")).as(what).containsOnly("nosniff");
            assertThat(h.firstValue("Strict-Transport-Security")).as(what + " over plain http").isEmpty();
        });
        for (String page : List.of("staff page", "parent code page", "parent answer page", "parent link redirect")) {
            assertThat(responses.get(page).headers().firstValue("Cache-Control")).as(page)
                    .hasValueSatisfying(c -> assertThat(c).contains("no-store"));
        }
    }

    @Test
    void overHttpsBehindTheProxyHstsIsSentAndTheSessionCookieIsSecure() throws Exception {
        HttpResponse<String> page = http.get("/login", null, Map.of("X-Forwarded-Proto", "https"));
        assertThat(page.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("max-age=31536000").contains("includeSubDomains"));
        assertThat(HttpDriver.sessionCookieHeader(page)).contains("Secure", "HttpOnly", "SameSite=Lax");
        HttpResponse<String> plain = http.get("/login", null);
        assertThat(HttpDriver.sessionCookieHeader(plain)).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
    }
}
