-- Failure counters and lock-outs of the login and code-entry throttles, shared by every app node.
-- subject is the SHA-256 (hex) of the scope and the throttled key (a user name, a client address or '*'):
-- neither is kept in clear. Times are epoch milliseconds from the app's Clock (no time-zone conversions
-- between nodes). A row lives until expires_ms (end of its counting window or of its lock, whichever is
-- later) and is then deleted by the cleanup job, so a row left by a killed node expires by itself.
CREATE TABLE security_throttle (
    scope           VARCHAR(32) NOT NULL,
    subject         CHAR(64)    NOT NULL,
    window_start_ms BIGINT      NOT NULL,
    failures        INT         NOT NULL,
    locked_until_ms BIGINT      NOT NULL,
    expires_ms      BIGINT      NOT NULL,
    PRIMARY KEY (scope, subject)
) ENGINE = InnoDB;
CREATE INDEX ix_security_throttle_expires ON security_throttle (expires_ms);
