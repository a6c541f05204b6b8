package se.uppfoljning.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import se.uppfoljning.IntegrationTest;
import se.uppfoljning.TestLogin;
import se.uppfoljning.base.BusinessException;
import se.uppfoljning.base.DemoProperties;
import se.uppfoljning.base.Roles;

@IntegrationTest
class StaffServiceAdminIntegrationTest {

    private static final String PASSWORD = "tillfalligt-losen-1";

    @Autowired
    StaffService staff;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    private long south() {
        return staff.projectOptions().stream().filter(o -> o.name().equals(DemoProperties.PROJECT_SOUTH))
                .findFirst().orElseThrow().id();
    }

    private StaffData coordinator(String username, Set<StaffData.ScopeEntry> scopes) {
        return new StaffData(username, Set.of(Roles.COORDINATOR), false, scopes);
    }

    private static String newName() {
        return "svc." + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void createdAccountSeesOnlyItsScopeAndTheCreationIsAudited() {
        TestLogin.login(users, "admin-demo");
        String name = newName();
        StaffListItem created = staff.create(coordinator(name, Set.of(new StaffData.ScopeEntry(south(), null))), PASSWORD);
        assertThat(created.mustChangePassword()).isTrue();
        String details = jdbc.sql("SELECT details FROM audit_entry WHERE action = 'STAFF_CREATED' AND target = ?")
                .param("staff:" + name).query(String.class).single();
        assertThat(details).isEqualTo("roles=[COORDINATOR]").doesNotContain(PASSWORD);

        var principal = (StaffPrincipal) users.loadUserByUsername(name);
        assertThat(principal.scope().projectIds()).containsExactly(south());
        assertThat(principal.mustChangePassword()).isTrue();
    }

    @Test
    void scopesMustNameSomethingThatExists() {
        TestLogin.login(users, "admin-demo");
        assertField(() -> staff.create(coordinator(newName(), Set.of()), PASSWORD), "scopes", "security.staff.error.no-scope");
        assertField(() -> staff.create(coordinator(newName(), Set.of(new StaffData.ScopeEntry(999_999L, null))), PASSWORD),
                "scopes", "security.staff.error.scope-unknown");
        assertField(() -> staff.create(coordinator(newName(), Set.of(new StaffData.ScopeEntry(south(), 999_999L))), PASSWORD),
                "scopes", "security.staff.error.scope-unknown");
        // An administrator-only account may see no cases at all.
        StaffListItem itAdmin = staff.create(new StaffData(newName(), Set.of(Roles.ADMIN), false, Set.of()), PASSWORD);
        assertThat(itAdmin.scopes()).isEmpty();
    }

    @Test
    void aStaleVersionIsRefused() {
        TestLogin.login(users, "admin-demo");
        String name = newName();
        StaffListItem created = staff.create(coordinator(name, Set.of(new StaffData.ScopeEntry(south(), null))), PASSWORD);
        StaffData changed = new StaffData(name, Set.of(Roles.COORDINATOR, Roles.FACILITATOR), true, Set.of());
        StaffListItem saved = staff.update(created.id(), changed, created.version());
        assertThat(saved.version()).isGreaterThan(created.version());
        assertThatThrownBy(() -> staff.update(created.id(), changed, created.version()))
                .isInstanceOf(BusinessException.class).hasMessage("base.error.concurrent-edit");
    }

    @Test
    void anAdministratorCannotRemoveTheirOwnAdminRoleOrDisableThemselves() {
        TestLogin.login(users, "admin-demo");
        StaffListItem me = staff.list().stream().filter(i -> i.username().equals("admin-demo")).findFirst().orElseThrow();
        assertField(() -> staff.update(me.id(), new StaffData("admin-demo", Set.of(Roles.EVALUATOR), true, Set.of()),
                me.version()), "roles", "security.staff.error.cannot-demote-self");
        assertThatThrownBy(() -> staff.setEnabled(me.id(), false)).hasMessage("security.staff.error.cannot-disable-self");
    }

    @Test
    void onlyAdministratorsManageStaff() {
        TestLogin.login(users, "samordnare");
        assertThatThrownBy(() -> staff.list()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.projectOptions()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.create(coordinator(newName(), Set.of()), PASSWORD))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static void assertField(Runnable action, String field, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(BusinessException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }
}
