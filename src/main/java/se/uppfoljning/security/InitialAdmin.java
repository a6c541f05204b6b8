package se.uppfoljning.security;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.uppfoljning.audit.AuditTrail;
import se.uppfoljning.base.Roles;

/**
 * On the first start (no staff at all) creates the administrator named in the configuration, who must change
 * the password at first login. Without a configured password nothing is created and the log says how.
 */
@Component
@Order(0)
class InitialAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);
    private final StaffUserRepository users;
    private final PasswordEncoder encoder;
    private final SecurityProperties properties;
    private final AuditTrail audit;

    InitialAdmin(StaffUserRepository users, PasswordEncoder encoder, SecurityProperties properties, AuditTrail audit) {
        this.users = users;
        this.encoder = encoder;
        this.properties = properties;
        this.audit = audit;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        String password = properties.initialAdminPassword();
        if (password == null || password.isBlank()) {
            log.warn("No staff accounts exist. Set uppfoljning.security.initial-admin-password "
                    + "(UPPFOLJNING_SECURITY_INITIAL_ADMIN_PASSWORD) to create the first administrator.");
            return;
        }
        StaffUser admin = new StaffUser(properties.initialAdminUsername(), encoder.encode(password), Set.of(Roles.ADMIN));
        admin.setAllProjects(true);
        admin.setMustChangePassword(true);
        users.save(admin);
        audit.record("system", "STAFF_CREATED", "staff:" + admin.getUsername(), "initial administrator");
        log.info("Created the initial administrator '{}'; the password must be changed at first login.",
                admin.getUsername());
    }
}
