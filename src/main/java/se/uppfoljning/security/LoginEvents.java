package se.uppfoljning.security;

import jakarta.servlet.http.HttpServletRequest;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.context.event.EventListener;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.authorization.method.MethodInvocationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import se.uppfoljning.audit.AuditTrail;

/**
 * Feeds the login throttle and the audit trail from Spring Security's authentication events, and audits every
 * request or service call refused to a logged-in staff member ({@code ACCESS_DENIED}, ASVS 16.3.2). Refusals of
 * anonymous visitors are not audited: every expired session's next click would be one.
 */
@Component
class LoginEvents {

    private final Throttle throttle;
    private final AuditTrail audit;

    LoginEvents(Throttle throttle, AuditTrail audit) {
        this.throttle = throttle;
        this.audit = audit;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        String name = event.getAuthentication().getName();
        throttle.recordSuccess(name);
        if (event.getAuthentication().getPrincipal() instanceof StaffPrincipal p) {
            p.eraseHash();
        }
        audit.record(name, "LOGIN", null, null);
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        String name = String.valueOf(event.getAuthentication().getPrincipal());
        boolean locked = !throttle.recordFailure(name).isZero();
        // The reason is the exception's type only: never the password that was tried.
        audit.record(truncate(name), "LOGIN_FAILED", null,
                event.getException().getClass().getSimpleName() + (locked ? ", account locked" : ""));
    }

    @EventListener
    void onLogout(LogoutSuccessEvent event) {
        audit.record(event.getAuthentication().getName(), "LOGOUT", null, null);
    }

    @EventListener
    void onDenied(AuthorizationDeniedEvent<?> event) {
        Authentication auth = event.getAuthentication().get();
        if (auth == null || !(auth.getPrincipal() instanceof StaffPrincipal staff)) {
            return;
        }
        audit.record(staff.getUsername(), "ACCESS_DENIED", truncate(what(event.getSource()), 200), null);
    }

    /** The refused service method ({@code CaseService.list}) or request ({@code GET /admin/staff}), no query. */
    static String what(Object secured) {
        if (secured instanceof MethodInvocation mi) {
            return mi.getMethod().getDeclaringClass().getSimpleName() + "." + mi.getMethod().getName();
        }
        if (secured instanceof MethodInvocationResult mir) {
            return what(mir.getMethodInvocation());
        }
        if (secured instanceof HttpServletRequest request) {
            return request.getMethod() + " " + request.getRequestURI();
        }
        return secured == null ? "unknown" : secured.getClass().getSimpleName();
    }

    private static String truncate(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }

    private static String truncate(String name) {
        return name.length() > 64 ? name.substring(0, 64) : name;
    }
}
