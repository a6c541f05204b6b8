-- A one-time invitation for one guardian of one case to answer the enquiry of one wave.
-- The link token and the paper code are stored only as SHA-256 hashes.
CREATE TABLE enquiry_invitation (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id       BIGINT       NOT NULL,
    project_id    BIGINT       NOT NULL,
    school_id     BIGINT       NOT NULL,
    wave          VARCHAR(10)  NOT NULL,
    guardian_no   INT          NOT NULL,
    token_hash    CHAR(64)     NOT NULL,
    code_hash     CHAR(64)     NOT NULL,
    language      VARCHAR(8)   NOT NULL,
    template_id   VARCHAR(100) NOT NULL,
    template_version INT       NOT NULL,
    created_at    TIMESTAMP(6) NOT NULL,
    created_by    VARCHAR(64)  NOT NULL,
    expires_at    TIMESTAMP(6) NOT NULL,
    opened_at     TIMESTAMP(6) NULL,
    revoked_at    TIMESTAMP(6) NULL,
    submitted_at  TIMESTAMP(6) NULL,
    response_id   BIGINT       NULL,
    version       INT          NOT NULL DEFAULT 0,
    CONSTRAINT uq_enquiry_invitation_token UNIQUE (token_hash),
    CONSTRAINT uq_enquiry_invitation_code UNIQUE (code_hash),
    CONSTRAINT uq_enquiry_invitation_response UNIQUE (response_id)
) ENGINE = InnoDB;
CREATE INDEX ix_enquiry_invitation_case ON enquiry_invitation (case_id, wave);
CREATE INDEX ix_enquiry_invitation_scope ON enquiry_invitation (project_id, school_id, wave);

-- The database's own guarantee of one submission per invitation: a second insert fails on the key.
CREATE TABLE enquiry_submission (
    invitation_id BIGINT       NOT NULL PRIMARY KEY,
    response_id   BIGINT       NOT NULL,
    submitted_at  TIMESTAMP(6) NOT NULL,
    CONSTRAINT uq_enquiry_submission_response UNIQUE (response_id),
    CONSTRAINT fk_enquiry_submission_invitation FOREIGN KEY (invitation_id) REFERENCES enquiry_invitation (id) ON DELETE CASCADE
) ENGINE = InnoDB;
