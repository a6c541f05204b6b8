package se.uppfoljning.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff member behind the current request. Services call {@link #scope()} and put it into their queries;
 * the scope is read from the database on every call, so a narrowed or disabled account takes effect at once.
 */
@Component
public class CurrentStaff {

    private final StaffUserRepository users;

    CurrentStaff(StaffUserRepository users) {
        this.users = users;
    }

    public Optional<StaffPrincipal> principal() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof StaffPrincipal p) {
            return Optional.of(p);
        }
        return Optional.empty();
    }

    public StaffPrincipal require() {
        return principal().orElseThrow(() -> new AccessDeniedException("Not logged in"));
    }

    /** The caller's current data scope; {@link DataScope#NONE} when the account is gone or disabled. */
    @Transactional(readOnly = true)
    public DataScope scope() {
        StaffPrincipal p = require();
        return users.findById(p.id()).filter(StaffUser::isEnabled).map(StaffUser::toDataScope).orElse(DataScope.NONE);
    }

    /** Name written to the audit trail. */
    public String actorName() {
        return principal().map(StaffPrincipal::getUsername).orElse("system");
    }
}
