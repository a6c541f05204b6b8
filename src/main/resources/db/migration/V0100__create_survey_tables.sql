-- Every template version ever loaded, with the hash of its file. A version that has answers may never change.
CREATE TABLE survey_template_version (
    template_id      VARCHAR(100) NOT NULL,
    version          INT          NOT NULL,
    content_hash     CHAR(64)     NOT NULL,
    source_file      VARCHAR(300) NOT NULL,
    first_loaded_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (template_id, version)
) ENGINE = InnoDB;

-- One filled-in questionnaire. Linked to a case and wave only: nothing about who answered or from where.
CREATE TABLE survey_response (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    template_id      VARCHAR(100) NOT NULL,
    template_version INT          NOT NULL,
    purpose          VARCHAR(20)  NOT NULL,
    case_id          BIGINT       NULL,
    wave             VARCHAR(20)  NULL,
    language         VARCHAR(8)   NOT NULL,
    status           VARCHAR(12)  NOT NULL,
    started_at       TIMESTAMP(6) NOT NULL,
    updated_at       TIMESTAMP(6) NOT NULL,
    submitted_at     TIMESTAMP(6) NULL,
    version          INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_survey_response_template FOREIGN KEY (template_id, template_version)
        REFERENCES survey_template_version (template_id, version)
) ENGINE = InnoDB;
CREATE INDEX ix_survey_response_case ON survey_response (case_id, purpose, wave);
CREATE INDEX ix_survey_response_template ON survey_response (template_id, template_version, status);

-- One value of one answer. Multiple choice gives several rows (value_index 0, 1, ...).
CREATE TABLE survey_answer (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    response_id  BIGINT        NOT NULL,
    question_id  VARCHAR(150)  NOT NULL,
    analysis_key VARCHAR(100)  NULL,
    value_index  INT           NOT NULL,
    answer_value VARCHAR(4000) NOT NULL,
    CONSTRAINT uq_survey_answer UNIQUE (response_id, question_id, value_index),
    CONSTRAINT fk_survey_answer_response FOREIGN KEY (response_id) REFERENCES survey_response (id) ON DELETE CASCADE
) ENGINE = InnoDB;
CREATE INDEX ix_survey_answer_key ON survey_answer (analysis_key);
