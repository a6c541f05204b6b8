package se.uppfoljning.base;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on {@code @Scheduled} jobs (retention of the audit trail and of project data). Each job's time is a
 * cron property of its feature; {@code -} switches a job off, as the tests do, which call the jobs directly.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfig {
}
