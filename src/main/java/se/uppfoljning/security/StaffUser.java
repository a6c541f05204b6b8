package se.uppfoljning.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

@Entity
@Table(name = "security_staff_user")
class StaffUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    @Column(name = "password_hash")
    private String passwordHash;

    private String roles;

    private boolean enabled = true;

    @Column(name = "must_change_password")
    private boolean mustChangePassword;

    @Column(name = "all_projects")
    private boolean allProjects;

    @Column(name = "school_id")
    private Long schoolId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "security_staff_scope", joinColumns = @JoinColumn(name = "user_id"))
    private Set<ScopeRow> scopes = new HashSet<>();

    @Version
    private int version;

    protected StaffUser() {
    }

    StaffUser(String username, String passwordHash, Set<String> roles) {
        this.username = username;
        this.passwordHash = passwordHash;
        setRoles(roles);
    }

    Long getId() {
        return id;
    }

    String getUsername() {
        return username;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    Set<String> getRoles() {
        return Arrays.stream(roles.split(",")).filter(r -> !r.isBlank())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    void setRoles(Set<String> roles) {
        this.roles = String.join(",", roles);
    }

    boolean isEnabled() {
        return enabled;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    boolean isMustChangePassword() {
        return mustChangePassword;
    }

    void setMustChangePassword(boolean mustChangePassword) {
        this.mustChangePassword = mustChangePassword;
    }

    boolean isAllProjects() {
        return allProjects;
    }

    void setAllProjects(boolean allProjects) {
        this.allProjects = allProjects;
    }

    Long getSchoolId() {
        return schoolId;
    }

    void setSchoolId(Long schoolId) {
        this.schoolId = schoolId;
    }

    int getVersion() {
        return version;
    }

    Set<ScopeRow> getScopes() {
        return scopes;
    }

    DataScope toDataScope() {
        if (schoolId != null) {
            return DataScope.ofSchool(schoolId);
        }
        if (allProjects) {
            return DataScope.ALL;
        }
        Map<Long, Set<Long>> map = new HashMap<>();
        for (ScopeRow row : scopes) {
            Set<Long> districts = map.computeIfAbsent(row.projectId, k -> new HashSet<>());
            if (row.districtId != null) {
                districts.add(row.districtId);
            }
        }
        // A row without district opens the whole project, whatever other rows say.
        scopes.stream().filter(r -> r.districtId == null).forEach(r -> map.put(r.projectId, Set.of()));
        map.replaceAll((k, v) -> Set.copyOf(v));
        return new DataScope(false, map);
    }

    @Embeddable
    record ScopeRow(@Column(name = "project_id") Long projectId, @Column(name = "district_id") Long districtId) {
    }
}
