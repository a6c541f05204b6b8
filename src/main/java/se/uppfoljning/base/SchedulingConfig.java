package se.uppfoljning.base;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on {@code @Scheduled} jobs (retention of the audit trail and of project data, throttle cleanup). Each
 * job's time is a cron property of its feature; {@code -} switches a job off, as the tests do, which call the
 * jobs directly.
 * <p>
 * Every node of a cluster schedules the same jobs; ShedLock lets only the first node that fires a job run it:
 * the scheduled method carries {@code @SchedulerLock(name = ...)}, whose lock is a row of {@code base_shedlock}
 * (migration V0660) stamped with the database's UTC time, so clock skew between nodes does not matter. A node
 * killed while it holds a lock leaves the row behind; the lock then expires after its {@code lockAtMostFor}.
 * Put the annotation on a small scheduled wrapper, not on the method tests call: with
 * {@code lockAtLeastFor} a second direct call within that time would be skipped silently.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT1H")
class SchedulingConfig {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("base_shedlock")
                .usingDbTime()
                .build());
    }
}
