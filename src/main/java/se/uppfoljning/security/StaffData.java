package se.uppfoljning.security;

import java.util.Set;

/**
 * What an administrator edits about a staff account.
 *
 * @param scopes projects (and optional districts) the account sees, ignored when {@code allProjects}
 * @param schoolId the school a {@code SCHOOL_REPORTER} reports for; null for every other account
 */
public record StaffData(String username, Set<String> roles, boolean allProjects, Set<ScopeEntry> scopes,
                        Long schoolId) {

    public static final int USERNAME_MAX_LENGTH = 64;
    public static final int PASSWORD_MIN_LENGTH = 12;
    public static final int PASSWORD_MAX_LENGTH = 128;

    public StaffData {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        scopes = scopes == null ? Set.of() : Set.copyOf(scopes);
    }

    /** An account without a school: every role but the school reporter. */
    public StaffData(String username, Set<String> roles, boolean allProjects, Set<ScopeEntry> scopes) {
        this(username, roles, allProjects, scopes, null);
    }

    /** One scope line: a project, optionally narrowed to one district (null = the whole project). */
    public record ScopeEntry(long projectId, Long districtId) {
    }
}
