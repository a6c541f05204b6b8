-- ShedLock's lock per scheduled job, so that a nightly job runs on one node of the cluster only
-- (net.javacrumbs.shedlock JdbcTemplateLockProvider, table name configured in base.SchedulingConfig).
-- Times are the database's UTC time (usingDbTime), so clock skew between app nodes does not matter.
CREATE TABLE base_shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until DATETIME(3)  NOT NULL,
    locked_at  DATETIME(3)  NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
) ENGINE = InnoDB;
