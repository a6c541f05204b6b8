package se.uppfoljning.security;

import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.uppfoljning.base.DemoProperties;
import se.uppfoljning.base.Roles;

/**
 * Demo staff, one per role, created once when demo data is on (after the demo projects exist):
 * admin-demo, samordnare (Söder), samordnare.nv (Nordväst), samtalsledare (Söder), utvarderare (all).
 */
@Component
@Order(20)
class DemoStaff implements ApplicationRunner {

    private final DemoProperties demo;
    private final StaffUserRepository users;
    private final PasswordEncoder encoder;
    private final ProjectDirectory directory;

    DemoStaff(DemoProperties demo, StaffUserRepository users, PasswordEncoder encoder, ProjectDirectory directory) {
        this.demo = demo;
        this.users = users;
        this.encoder = encoder;
        this.directory = directory;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demo.enabled() || users.existsByUsernameIgnoreCase("samordnare")) {
            return;
        }
        long south = projectId(DemoProperties.PROJECT_SOUTH);
        long northwest = projectId(DemoProperties.PROJECT_NORTHWEST);
        save("admin-demo", Roles.ADMIN, true, null);
        save("samordnare", Roles.COORDINATOR, false, south);
        save("samordnare.nv", Roles.COORDINATOR, false, northwest);
        save("samtalsledare", Roles.FACILITATOR, false, south);
        save("utvarderare", Roles.EVALUATOR, true, null);
    }

    private void save(String username, String role, boolean all, Long projectId) {
        StaffUser u = new StaffUser(username, encoder.encode(demo.staffPassword()), Set.of(role));
        u.setAllProjects(all);
        if (projectId != null) {
            u.getScopes().add(new StaffUser.ScopeRow(projectId, null));
        }
        users.save(u);
    }

    private long projectId(String name) {
        return directory.projects().stream().filter(o -> o.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Demo project missing: " + name)).id();
    }
}
