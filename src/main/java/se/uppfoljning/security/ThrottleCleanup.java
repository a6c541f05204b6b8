package se.uppfoljning.security;

import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes throttle rows whose window and lock have ended ({@link Throttle}), every ten minutes by default
 * ({@code uppfoljning.security.throttle-cleanup-cron}, {@code -} turns it off), on one node of a cluster.
 * A missed run only leaves expired rows, which no longer count.
 */
@Component
class ThrottleCleanup {

    private final JdbcClient jdbc;
    private final Clock clock;

    ThrottleCleanup(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(cron = "${uppfoljning.security.throttle-cleanup-cron:0 */10 * * * *}")
    @SchedulerLock(name = "throttle-cleanup", lockAtLeastFor = "PT1M", lockAtMostFor = "PT10M")
    void scheduled() {
        deleteExpired();
    }

    /** Deletes the rows expired by now; returns how many. */
    @Transactional
    int deleteExpired() {
        return jdbc.sql("DELETE FROM security_throttle WHERE expires_ms <= ?").param(clock.millis()).update();
    }
}
