package se.uppfoljning.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param initialAdminUsername the administrator created on first start when no staff exist
 * @param initialAdminPassword its password; must be changed at first login
 * @param maxLoginFailures failed logins before a name is locked
 * @param loginFailureWindow period in which failures are counted
 * @param loginLockDuration how long a locked name stays locked
 * @param absoluteSessionTimeout the longest a session lives, however active; then the user logs in again
 * @param idleSessionTimeout the longest a session lives without a request from the user (heartbeats excluded)
 * @param maxRequestSize the largest request body accepted (uploads included); larger ones get 413
 */
@ConfigurationProperties("uppfoljning.security")
public record SecurityProperties(
        @DefaultValue("admin") String initialAdminUsername,
        String initialAdminPassword,
        @DefaultValue("5") int maxLoginFailures,
        @DefaultValue("15m") Duration loginFailureWindow,
        @DefaultValue("15m") Duration loginLockDuration,
        @DefaultValue("8h") Duration absoluteSessionTimeout,
        @DefaultValue("30m") Duration idleSessionTimeout,
        @DefaultValue("8MB") DataSize maxRequestSize) {
}
