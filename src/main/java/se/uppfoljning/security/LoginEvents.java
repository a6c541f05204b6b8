package se.uppfoljning.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import se.uppfoljning.audit.AuditTrail;

/** Feeds the login throttle and the audit trail from Spring Security's authentication events. */
@Component
class LoginEvents {

    private final LoginThrottle throttle;
    private final AuditTrail audit;

    LoginEvents(LoginThrottle throttle, AuditTrail audit) {
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
        boolean locked = throttle.recordFailure(name);
        // The reason is the exception's type only: never the password that was tried.
        audit.record(truncate(name), "LOGIN_FAILED", null,
                event.getException().getClass().getSimpleName() + (locked ? ", account locked" : ""));
    }

    @EventListener
    void onLogout(LogoutSuccessEvent event) {
        audit.record(event.getAuthentication().getName(), "LOGOUT", null, null);
    }

    private static String truncate(String name) {
        return name.length() > 64 ? name.substring(0, 64) : name;
    }
}
