package se.uppfoljning.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.retry.support.RetryTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.uppfoljning.audit.AuditTrail;
import se.uppfoljning.base.TransientFailureRetry;
import se.uppfoljning.security.CurrentStaff;

/**
 * Deletes the data of projects whose retention has run out ({@code retention_months} after the project's end,
 * see {@link RetentionRule}): every case of such a project goes the same way as a single deleted case, so
 * each feature removes its answers, invitations and figures through {@link CaseDeleted}. The project and its
 * reference data stay. Runs nightly ({@code uppfoljning.cases.retention-cron}, default 03:45 Stockholm time,
 * {@code -} turns it off) as a system action without a logged-in user, on one node of a cluster at a time.
 */
@Service
@PreAuthorize("permitAll()")
public class RetentionService {

    private static final Logger log = LoggerFactory.getLogger(RetentionService.class);
    private final ProjectRepository projects;
    private final PupilCaseRepository cases;
    private final CaseRemover remover;
    private final AuditTrail audit;
    private final CurrentStaff current;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final RetryTemplate retry = TransientFailureRetry.template();

    RetentionService(ProjectRepository projects, PupilCaseRepository cases, CaseRemover remover, AuditTrail audit,
                     CurrentStaff current, Clock clock, PlatformTransactionManager transactions) {
        this.projects = projects;
        this.cases = cases;
        this.remover = remover;
        this.audit = audit;
        this.current = current;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
    }

    /**
     * Deletes every case of every project past its retention deadline and audits {@code RETENTION_APPLIED}
     * per project with the number of cases (counts only). Idempotent: it removes only what the rule says must
     * already be gone, so it needs no role and works without a security context (the scheduler has none).
     * One transaction per project, so one failing project neither undoes nor blocks the others.
     */
    /** The nightly run: on one node of the cluster only (ShedLock, see {@code base.SchedulingConfig}). */
    @Scheduled(cron = "${uppfoljning.cases.retention-cron:0 45 3 * * *}", zone = "Europe/Stockholm")
    @SchedulerLock(name = "case-retention", lockAtLeastFor = "PT5M", lockAtMostFor = "PT4H")
    void nightly() {
        applyRetention();
    }

    public RetentionResult applyRetention() {
        LocalDate today = LocalDate.now(clock);
        List<Long> due = tx.execute(status -> projects.findAll().stream()
                .filter(p -> RetentionRule.expired(p.getEndDate(), p.getRetentionMonths(), today))
                .map(Project::getId).toList());
        int projectCount = 0;
        int caseCount = 0;
        int failed = 0;
        for (long projectId : due) {
            Integer deleted;
            try {
                // A deadlock or a Galera conflict rolled the project back: deleting it again is the same work.
                deleted = retry.execute(attempt -> tx.execute(status -> deleteCasesOf(projectId)));
            } catch (RuntimeException e) {
                // Rolled back: nothing of this project was deleted. Log, go on, and try again next night.
                log.error("Retention failed for project {}", projectId, e);
                failed++;
                continue;
            }
            if (deleted != null && deleted > 0) {
                audit.record(current.actorName(), "RETENTION_APPLIED", "project:" + projectId, "cases=" + deleted);
                log.info("Retention: deleted {} cases of project {}", deleted, projectId);
                projectCount++;
                caseCount += deleted;
            }
        }
        return new RetentionResult(projectCount, caseCount, failed);
    }

    private int deleteCasesOf(long projectId) {
        List<PupilCase> expired = cases.findByProjectId(projectId);
        expired.forEach(remover::remove);
        return expired.size();
    }

    /**
     * What one run did: projects that had cases left, the cases deleted, and projects whose deletion failed
     * and was rolled back (logged; retried on the next run).
     */
    public record RetentionResult(int projects, int cases, int failedProjects) {
    }
}
