package se.uppfoljning.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import se.uppfoljning.base.MutableClock;

/** The absolute and idle session limits, with a clock the test moves. */
class SessionLifetimeFilterTest {

    private final MutableClock clock = new MutableClock();
    private final List<String> expired = new ArrayList<>();
    private final SessionLifetimeFilter filter = new SessionLifetimeFilter(Duration.ofHours(8), Duration.ofMinutes(30),
            clock, (user, reason) -> expired.add(user + ":" + reason));

    /** A staff session as Spring Security leaves it after login, stamped by its first request. */
    private MockHttpSession loggedInSession() throws Exception {
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated("samordnare", null, List.of())));
        request(session, null);
        assertThat(session.getAttribute(SessionLifetimeFilter.STARTED)).isEqualTo(clock.instant());
        return session;
    }

    private void request(MockHttpSession session, String query) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setSession(session);
        request.setQueryString(query);
        filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
    }

    @Test
    void aBusySessionEndsAfterEightHoursWhateverItsActivity() throws Exception {
        MockHttpSession session = loggedInSession();
        for (int i = 0; i < 23; i++) {
            clock.advance(Duration.ofMinutes(20));
            request(session, "v-r=uidl&v-uiId=0");
            assertThat(session.isInvalid()).as("after %d minutes", (i + 1) * 20).isFalse();
        }
        clock.advance(Duration.ofMinutes(20));
        request(session, "v-r=uidl&v-uiId=0");
        assertThat(session.isInvalid()).isTrue();
        assertThat(expired).containsExactly("samordnare:absolute");
    }

    @Test
    void thirtyMinutesWithoutUserRequestsEndTheSession() throws Exception {
        MockHttpSession session = loggedInSession();
        clock.advance(Duration.ofMinutes(29));
        request(session, null);
        clock.advance(Duration.ofMinutes(29));
        request(session, null);
        assertThat(session.isInvalid()).isFalse();
        clock.advance(Duration.ofMinutes(30));
        request(session, null);
        assertThat(session.isInvalid()).isTrue();
        assertThat(expired).containsExactly("samordnare:idle");
    }

    @Test
    void vaadinHeartbeatsDoNotKeepAnIdleSessionAlive() throws Exception {
        MockHttpSession session = loggedInSession();
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofMinutes(5));
            request(session, "v-r=heartbeat&v-uiId=0");
        }
        assertThat(session.isInvalid()).isFalse();
        clock.advance(Duration.ofMinutes(5));
        request(session, "v-r=heartbeat&v-uiId=0");
        assertThat(session.isInvalid()).isTrue();
        assertThat(expired).containsExactly("samordnare:idle");
    }

    @Test
    void aParentSessionExpiresSilentlyAndANewOneIsStampedWhenCreated() throws Exception {
        MockHttpSession parent = new MockHttpSession();
        request(parent, null);
        clock.advance(Duration.ofHours(9));
        request(parent, null);
        assertThat(parent.isInvalid()).isTrue();
        assertThat(expired).isEmpty();

        MockHttpServletRequest first = new MockHttpServletRequest("GET", "/enkat");
        filter.doFilter(first, new MockHttpServletResponse(), new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
            @Override
            protected void service(jakarta.servlet.http.HttpServletRequest req, jakarta.servlet.http.HttpServletResponse res) {
                req.getSession(true);
            }
        }));
        assertThat(first.getSession(false).getAttribute(SessionLifetimeFilter.STARTED)).isEqualTo(clock.instant());
    }

    @Test
    void onlyTheHeartbeatParameterCountsAsHeartbeat() {
        MockHttpServletRequest r = new MockHttpServletRequest();
        r.setQueryString("v-r=uidl&x=v-r=heartbeat");
        assertThat(SessionLifetimeFilter.isHeartbeat(r)).isFalse();
        r.setQueryString("v-uiId=1&v-r=heartbeat");
        assertThat(SessionLifetimeFilter.isHeartbeat(r)).isTrue();
    }
}
