package se.uppfoljning.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Nightly job: deletes audit entries older than {@link AuditProperties#retention()} and records that it did,
 * with the cutoff and the count. A system action with no user; tests call {@link #applyRetention()}. Runs on
 * one node of a cluster at a time; a repeated run finds nothing more to delete.
 */
@Component
class AuditRetention {

    private static final Logger log = LoggerFactory.getLogger(AuditRetention.class);
    private final AuditTrail trail;
    private final AuditProperties properties;
    private final Clock clock;

    AuditRetention(AuditTrail trail, AuditProperties properties, Clock clock) {
        this.trail = trail;
        this.properties = properties;
        this.clock = clock;
    }

    /** The nightly run: on one node of the cluster only (ShedLock, see {@code base.SchedulingConfig}). */
    @Scheduled(cron = "${uppfoljning.audit.retention-cron:0 30 3 * * *}", zone = "Europe/Stockholm")
    @SchedulerLock(name = "audit-retention", lockAtLeastFor = "PT5M", lockAtMostFor = "PT2H")
    void nightly() {
        applyRetention();
    }

    int applyRetention() {
        Instant cutoff = ZonedDateTime.now(clock).minus(properties.retention()).toInstant();
        int deleted = trail.deleteOlderThan(cutoff);
        if (deleted > 0) {
            trail.record("system", "AUDIT_RETENTION_APPLIED", null, "deleted=" + deleted + ", before=" + cutoff);
            log.info("Audit retention: deleted {} entries older than {}", deleted, cutoff);
        }
        return deleted;
    }
}
