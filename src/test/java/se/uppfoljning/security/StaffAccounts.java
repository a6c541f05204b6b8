package se.uppfoljning.security;

import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.userdetails.UserDetailsService;
import se.uppfoljning.TestLogin;
import se.uppfoljning.base.DemoProperties;
import se.uppfoljning.base.Roles;

/**
 * Fresh Söder coordinator accounts for tests that lock, disable or log out a user, so no demo account that other
 * tests need is touched. The account has already replaced its temporary password, as at a real first login.
 */
final class StaffAccounts {

    static final String PASSWORD = "eget-hemligt-ord-2026";
    private static final String TEMPORARY = "tillfalligt-losen-1";

    private StaffAccounts() {
    }

    record Account(long id, String username) {
    }

    static Account freshCoordinator(StaffService staff, UserDetailsService users, String prefix) {
        String username = prefix + "." + UUID.randomUUID().toString().substring(0, 8);
        try {
            TestLogin.login(users, "admin-demo");
            long south = staff.projectOptions().stream().filter(o -> o.name().equals(DemoProperties.PROJECT_SOUTH))
                    .findFirst().orElseThrow().id();
            StaffListItem created = staff.create(new StaffData(username, Set.of(Roles.COORDINATOR), false,
                    Set.of(new StaffData.ScopeEntry(south, null))), TEMPORARY);
            TestLogin.login(users, username);
            staff.changeOwnPassword(TEMPORARY, PASSWORD);
            return new Account(created.id(), username);
        } finally {
            TestLogin.logout();
        }
    }
}
