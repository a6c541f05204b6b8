-- Issue #16: the pupil's own questionnaire. Consent is recorded per case and wave before a pupil code can be
-- issued; rows are only added (the newest row of a case and wave counts), so a withdrawal keeps its history.
CREATE TABLE enquiry_pupil_consent (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id          BIGINT       NOT NULL,
    wave             VARCHAR(10)  NOT NULL,
    guardian_consent BOOLEAN      NOT NULL,
    pupil_assent     BOOLEAN      NOT NULL,
    recorded_at      TIMESTAMP(6) NOT NULL,
    recorded_by      VARCHAR(64)  NOT NULL
) ENGINE = InnoDB;
CREATE INDEX ix_enquiry_pupil_consent_case ON enquiry_pupil_consent (case_id, wave, id);

-- A short one-time code for one pupil of one case to answer the pupil questionnaire of one wave. Stored only as
-- a SHA-256 hash, like the parents' codes. The consent row it was issued under is kept for the audit.
CREATE TABLE enquiry_pupil_code (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id          BIGINT       NOT NULL,
    project_id       BIGINT       NOT NULL,
    school_id        BIGINT       NOT NULL,
    wave             VARCHAR(10)  NOT NULL,
    code_hash        CHAR(64)     NOT NULL,
    template_id      VARCHAR(100) NOT NULL,
    template_version INT          NOT NULL,
    consent_id       BIGINT       NOT NULL,
    created_at       TIMESTAMP(6) NOT NULL,
    created_by       VARCHAR(64)  NOT NULL,
    expires_at       TIMESTAMP(6) NOT NULL,
    opened_at        TIMESTAMP(6) NULL,
    revoked_at       TIMESTAMP(6) NULL,
    submitted_at     TIMESTAMP(6) NULL,
    response_id      BIGINT       NULL,
    version          INT          NOT NULL DEFAULT 0,
    CONSTRAINT uq_enquiry_pupil_code_hash UNIQUE (code_hash),
    CONSTRAINT uq_enquiry_pupil_code_response UNIQUE (response_id),
    CONSTRAINT fk_enquiry_pupil_code_consent FOREIGN KEY (consent_id) REFERENCES enquiry_pupil_consent (id)
) ENGINE = InnoDB;
CREATE INDEX ix_enquiry_pupil_code_case ON enquiry_pupil_code (case_id, wave);

-- One submission per pupil code, guaranteed by the key (as enquiry_submission for the parents' invitations).
CREATE TABLE enquiry_pupil_submission (
    code_id      BIGINT       NOT NULL PRIMARY KEY,
    response_id  BIGINT       NOT NULL,
    submitted_at TIMESTAMP(6) NOT NULL,
    CONSTRAINT uq_enquiry_pupil_submission_response UNIQUE (response_id),
    CONSTRAINT fk_enquiry_pupil_submission_code FOREIGN KEY (code_id) REFERENCES enquiry_pupil_code (id) ON DELETE CASCADE
) ENGINE = InnoDB;
