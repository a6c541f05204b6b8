package se.uppfoljning.security;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import se.uppfoljning.audit.AuditTrail;
import se.uppfoljning.base.BusinessException;
import se.uppfoljning.base.Roles;

/** Staff accounts: administrators create and change them; every staff member changes their own password. */
@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class StaffService {

    private static final Pattern USERNAME = Pattern.compile("[a-zA-Z0-9._-]{3,64}");
    private final StaffUserRepository users;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final CurrentStaff current;
    private final SessionKiller sessions;
    private final ProjectDirectory directory;

    StaffService(StaffUserRepository users, PasswordEncoder encoder, AuditTrail audit, CurrentStaff current,
                 SessionKiller sessions, ProjectDirectory directory) {
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
        this.current = current;
        this.sessions = sessions;
        this.directory = directory;
    }

    /** Projects an account's scope can name. */
    @Transactional(readOnly = true)
    public List<ProjectDirectory.Option> projectOptions() {
        return directory.projects();
    }

    /** Schools a school reporter can report for. */
    @Transactional(readOnly = true)
    public List<ProjectDirectory.Option> schoolOptions() {
        return directory.schools();
    }

    /** Districts a scope line can be narrowed to. */
    @Transactional(readOnly = true)
    public List<ProjectDirectory.Option> districtOptions() {
        return directory.districts();
    }

    @Transactional(readOnly = true)
    public List<StaffListItem> list() {
        return users.findAll().stream().map(StaffService::toItem)
                .sorted(java.util.Comparator.comparing(StaffListItem::username)).toList();
    }

    /** Creates an account that must change the given temporary password at first login. */
    @Transactional
    public StaffListItem create(StaffData data, String temporaryPassword) {
        validate(data);
        validateScopes(data);
        PasswordRules.check("password", temporaryPassword, data.username());
        if (users.existsByUsernameIgnoreCase(data.username().strip())) {
            throw new BusinessException("username", "security.staff.error.username-taken");
        }
        StaffUser user = new StaffUser(data.username().strip(), encoder.encode(temporaryPassword), data.roles());
        apply(user, data);
        user.setMustChangePassword(true);
        users.save(user);
        audit.record(current.actorName(), "STAFF_CREATED", "staff:" + user.getUsername(), "roles=" + data.roles()
                + (data.schoolId() == null ? "" : ", school=" + data.schoolId()));
        return toItem(user);
    }

    @Transactional
    public StaffListItem update(long id, StaffData data, int expectedVersion) {
        validate(data);
        validateScopes(data);
        StaffUser user = users.findById(id).orElseThrow(() -> new BusinessException("security.staff.error.not-found"));
        if (user.getVersion() != expectedVersion) {
            throw new BusinessException("base.error.concurrent-edit");
        }
        if (!user.getUsername().equalsIgnoreCase(data.username().strip())) {
            throw new BusinessException("username", "security.staff.error.username-fixed");
        }
        if (user.getId() == current.require().id() && !data.roles().contains(Roles.ADMIN)) {
            throw new BusinessException("roles", "security.staff.error.cannot-demote-self");
        }
        user.setRoles(data.roles());
        apply(user, data);
        users.saveAndFlush(user);
        audit.record(current.actorName(), "STAFF_UPDATED", "staff:" + user.getUsername(),
                "roles=" + data.roles() + ", allProjects=" + data.allProjects() + ", scopes=" + data.scopes().size()
                        + (data.schoolId() == null ? "" : ", school=" + data.schoolId()));
        return toItem(user);
    }

    /** Disabling an account also ends all its open sessions at once. */
    @Transactional
    public void setEnabled(long id, boolean enabled) {
        StaffUser user = users.findById(id).orElseThrow(() -> new BusinessException("security.staff.error.not-found"));
        if (!enabled && user.getId() == current.require().id()) {
            throw new BusinessException("security.staff.error.cannot-disable-self");
        }
        user.setEnabled(enabled);
        if (!enabled) {
            sessions.expireSessionsOf(user.getUsername());
        }
        audit.record(current.actorName(), enabled ? "STAFF_ENABLED" : "STAFF_DISABLED", "staff:" + user.getUsername(), null);
    }

    @Transactional
    public void resetPassword(long id, String temporaryPassword) {
        StaffUser user = users.findById(id).orElseThrow(() -> new BusinessException("security.staff.error.not-found"));
        PasswordRules.check("password", temporaryPassword, user.getUsername());
        user.setPasswordHash(encoder.encode(temporaryPassword));
        user.setMustChangePassword(true);
        sessions.expireSessionsOf(user.getUsername());
        audit.record(current.actorName(), "STAFF_PASSWORD_RESET", "staff:" + user.getUsername(), null);
    }

    /**
     * Any logged-in staff member changes their own password, giving the current one. Their other sessions
     * (another browser, a forgotten computer) end at once; the session making the change stays.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void changeOwnPassword(String currentPassword, String newPassword) {
        StaffPrincipal principal = current.require();
        StaffUser user = users.findById(principal.id()).orElseThrow();
        if (currentPassword == null || !encoder.matches(currentPassword, user.getPasswordHash())) {
            throw new BusinessException("currentPassword", "security.password.error.wrong-current");
        }
        PasswordRules.check("newPassword", newPassword, user.getUsername());
        if (encoder.matches(newPassword, user.getPasswordHash())) {
            throw new BusinessException("newPassword", "security.password.error.same");
        }
        user.setPasswordHash(encoder.encode(newPassword));
        user.setMustChangePassword(false);
        principal.passwordChanged();
        int ended = sessions.expireSessionsOf(user.getUsername(), currentSessionId());
        audit.record(user.getUsername(), "PASSWORD_CHANGED", "staff:" + user.getUsername(),
                ended == 0 ? null : "other sessions ended: " + ended);
    }

    /** The HTTP session of the request being served, if there is one; never creates a session. */
    private static String currentSessionId() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpSession session = attributes.getRequest().getSession(false);
            return session == null ? null : session.getId();
        }
        return null;
    }

    /** True if the logged-in user still has to replace a temporary password. */
    @PreAuthorize("permitAll()")
    public boolean currentUserMustChangePassword() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof StaffPrincipal p && p.mustChangePassword();
    }

    private static void validate(StaffData data) {
        if (data.username() == null || data.username().isBlank()) {
            throw new BusinessException("username", "base.error.required");
        }
        if (!USERNAME.matcher(data.username().strip()).matches()) {
            throw new BusinessException("username", "security.staff.error.username-format");
        }
        if (data.roles().isEmpty()) {
            throw new BusinessException("roles", "security.staff.error.no-role");
        }
        if (!Roles.ALL.containsAll(data.roles())) {
            throw new BusinessException("roles", "security.staff.error.unknown-role");
        }
    }

    /**
     * Staff who work with cases need something to see: without "all projects" at least one scope line, each
     * naming an existing project and, if narrowed, an existing district. An administrator-only account may
     * see no cases at all (IT staff who manage accounts and reference data).
     */
    private void validateScopes(StaffData data) {
        if (data.roles().contains(Roles.SCHOOL_REPORTER) || data.schoolId() != null) {
            validateSchool(data);
            return;
        }
        if (data.allProjects()) {
            return;
        }
        if (data.scopes().isEmpty() && !data.roles().equals(java.util.Set.of(Roles.ADMIN))) {
            throw new BusinessException("scopes", "security.staff.error.no-scope");
        }
        var projectIds = directory.projects().stream().map(ProjectDirectory.Option::id).collect(java.util.stream.Collectors.toSet());
        var districtIds = directory.districts().stream().map(ProjectDirectory.Option::id).collect(java.util.stream.Collectors.toSet());
        for (StaffData.ScopeEntry s : data.scopes()) {
            if (!projectIds.contains(s.projectId()) || (s.districtId() != null && !districtIds.contains(s.districtId()))) {
                throw new BusinessException("scopes", "security.staff.error.scope-unknown");
            }
        }
    }

    /**
     * A school reporter has that role only, names one existing school and no projects: the school is the whole
     * scope (issue #16). Mixing it with another role would silently narrow that role to one school.
     */
    private void validateSchool(StaffData data) {
        if (!data.roles().equals(java.util.Set.of(Roles.SCHOOL_REPORTER))) {
            throw new BusinessException("roles", "security.staff.error.school-reporter-alone");
        }
        if (data.schoolId() == null) {
            throw new BusinessException("schoolId", "security.staff.error.school-required");
        }
        if (directory.schools().stream().noneMatch(o -> o.id() == data.schoolId())) {
            throw new BusinessException("schoolId", "security.staff.error.school-unknown");
        }
        if (data.allProjects() || !data.scopes().isEmpty()) {
            throw new BusinessException("scopes", "security.staff.error.school-no-projects");
        }
    }

    private static void apply(StaffUser user, StaffData data) {
        user.setSchoolId(data.schoolId());
        user.setAllProjects(data.allProjects());
        user.getScopes().clear();
        if (!data.allProjects()) {
            data.scopes().forEach(s -> user.getScopes().add(new StaffUser.ScopeRow(s.projectId(), s.districtId())));
        }
    }

    private static StaffListItem toItem(StaffUser u) {
        return new StaffListItem(u.getId(), u.getUsername(), u.getRoles(), u.isEnabled(), u.isAllProjects(),
                u.getScopes().stream().map(r -> new StaffData.ScopeEntry(r.projectId(), r.districtId()))
                        .collect(java.util.stream.Collectors.toSet()),
                u.isMustChangePassword(), u.getVersion(), u.getSchoolId());
    }
}
