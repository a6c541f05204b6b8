package se.uppfoljning;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Logs a real staff account in for service and Karibu tests, the way Spring Security would after a form login. */
public final class TestLogin {

    private TestLogin() {
    }

    public static void login(UserDetailsService users, String username) {
        UserDetails user = users.loadUserByUsername(username);
        var auth = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        var ctx = SecurityContextHolder.createEmptyContext();
        ctx.setAuthentication(auth);
        SecurityContextHolder.setContext(ctx);
        if (VaadinRequest.getCurrent() instanceof VaadinServletRequest vr && vr.getRequest() instanceof FakeRequest fake) {
            fake.setUserPrincipalInt(auth);
            fake.setUserInRole((principal, role) -> auth.getAuthorities().stream()
                    .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
        }
    }

    public static void logout() {
        SecurityContextHolder.clearContext();
    }
}
