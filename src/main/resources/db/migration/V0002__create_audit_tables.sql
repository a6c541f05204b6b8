CREATE TABLE audit_entry (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    seq         BIGINT        NOT NULL,
    occurred_at TIMESTAMP(6)  NOT NULL,
    actor       VARCHAR(64)   NOT NULL,
    action      VARCHAR(64)   NOT NULL,
    target      VARCHAR(200)  NULL,
    details     VARCHAR(2000) NULL,
    prev_hash   CHAR(64)      NOT NULL,
    hash        CHAR(64)      NOT NULL,
    CONSTRAINT uq_audit_entry_seq UNIQUE (seq)
) ENGINE = InnoDB;
CREATE INDEX ix_audit_entry_occurred ON audit_entry (occurred_at);

-- One row: the newest link of the hash chain. Locked (SELECT ... FOR UPDATE) while an entry is appended,
-- so entries chain in commit order even with concurrent writers.
CREATE TABLE audit_chain_head (
    id        TINYINT  NOT NULL PRIMARY KEY,
    seq       BIGINT   NOT NULL,
    hash      CHAR(64) NOT NULL
) ENGINE = InnoDB;
INSERT INTO audit_chain_head (id, seq, hash) VALUES (1, 0, REPEAT('0', 64));
