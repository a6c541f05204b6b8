package se.uppfoljning.audit;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the audit trail.
 *
 * @param retention how long entries are kept ({@code uppfoljning.audit.retention}, ISO-8601 period, default
 *                  five years); older entries are deleted by the nightly job, whose time is
 *                  {@code uppfoljning.audit.retention-cron} (default 03:30 Stockholm time, {@code -} turns it off)
 */
@ConfigurationProperties("uppfoljning.audit")
public record AuditProperties(@DefaultValue("P5Y") Period retention) {

    public AuditProperties {
        if (retention.isZero() || retention.isNegative()) {
            throw new IllegalArgumentException("uppfoljning.audit.retention must be a positive period, e.g. P5Y");
        }
    }
}
