package se.uppfoljning.security;

import java.util.Set;

public record StaffListItem(long id, String username, Set<String> roles, boolean enabled, boolean allProjects,
                            Set<StaffData.ScopeEntry> scopes, boolean mustChangePassword, int version,
                            Long schoolId) {
}
