-- One rating-form filled in by staff for a case at a time point. The answers live in survey_response.
CREATE TABLE rating_entry (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id          BIGINT       NOT NULL,
    timepoint        VARCHAR(10)  NOT NULL,
    rated_on         DATE         NOT NULL,
    template_id      VARCHAR(100) NOT NULL,
    template_version INT          NOT NULL,
    response_id      BIGINT       NOT NULL,
    created_by       VARCHAR(64)  NOT NULL,
    updated_by       VARCHAR(64)  NOT NULL,
    updated_at       TIMESTAMP(6) NOT NULL,
    version          INT          NOT NULL DEFAULT 0,
    CONSTRAINT uq_rating_entry_timepoint UNIQUE (case_id, template_id, timepoint),
    CONSTRAINT uq_rating_entry_response UNIQUE (response_id)
) ENGINE = InnoDB;
CREATE INDEX ix_rating_entry_case ON rating_entry (case_id);
