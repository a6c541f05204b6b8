package se.uppfoljning.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The logged-in staff member as kept in the session. Holds the password hash only until login completes. */
public final class StaffPrincipal implements UserDetails {

    private final long id;
    private final String username;
    private String passwordHash;
    private final Set<String> roles;
    private final DataScope scope;
    private final boolean enabled;
    private final boolean locked;
    private boolean mustChangePassword;

    StaffPrincipal(long id, String username, String passwordHash, Set<String> roles, DataScope scope,
                   boolean enabled, boolean locked, boolean mustChangePassword) {
        this.id = id;
        this.username = username;
        this.passwordHash = passwordHash;
        this.roles = Set.copyOf(roles);
        this.scope = scope;
        this.enabled = enabled;
        this.locked = locked;
        this.mustChangePassword = mustChangePassword;
    }

    public long id() {
        return id;
    }

    public Set<String> roles() {
        return roles;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public DataScope scope() {
        return scope;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    void passwordChanged() {
        this.mustChangePassword = false;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + r)).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isAccountNonExpired() {
        return true;
    }

    @Override
    public boolean isCredentialsNonExpired() {
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StaffPrincipal p && p.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return "StaffPrincipal[" + username + ", " + List.copyOf(roles) + "]";
    }

    /** Spring Security erases credentials after authentication; the hash does not stay in the session. */
    void eraseHash() {
        this.passwordHash = null;
    }
}
