package se.uppfoljning.security;

import java.util.Set;

/**
 * What an administrator edits about a staff account.
 *
 * @param scopes projects (and optional districts) the account sees, ignored when {@code allProjects}
 */
public record StaffData(String username, Set<String> roles, boolean allProjects, Set<ScopeEntry> scopes) {

    public static final int USERNAME_MAX_LENGTH = 64;
    public static final int PASSWORD_MIN_LENGTH = 12;
    public static final int PASSWORD_MAX_LENGTH = 128;

    public StaffData {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        scopes = scopes == null ? Set.of() : Set.copyOf(scopes);
    }

    /** One scope line: a project, optionally narrowed to one district (null = the whole project). */
    public record ScopeEntry(long projectId, Long districtId) {
    }
}
