package se.uppfoljning.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class StaffUserDetailsService implements UserDetailsService {

    private final StaffUserRepository users;
    private final Throttle throttle;

    StaffUserDetailsService(StaffUserRepository users, Throttle throttle) {
        this.users = users;
        this.throttle = throttle;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        StaffUser user = users.findByUsernameIgnoreCase(username == null ? "" : username.strip())
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
        return new StaffPrincipal(user.getId(), user.getUsername(), user.getPasswordHash(), user.getRoles(),
                user.toDataScope(), user.isEnabled(), !throttle.lockedFor(user.getUsername()).isZero(),
                user.isMustChangePassword());
    }
}
