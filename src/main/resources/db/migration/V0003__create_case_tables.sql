CREATE TABLE case_programme (
    id      BIGINT AUTO_INCREMENT PRIMARY KEY,
    name    VARCHAR(200) NOT NULL,
    version INT          NOT NULL DEFAULT 0,
    CONSTRAINT uq_case_programme_name UNIQUE (name)
) ENGINE = InnoDB;

CREATE TABLE case_district (
    id      BIGINT AUTO_INCREMENT PRIMARY KEY,
    name    VARCHAR(120) NOT NULL,
    version INT          NOT NULL DEFAULT 0,
    CONSTRAINT uq_case_district_name UNIQUE (name)
) ENGINE = InnoDB;

CREATE TABLE case_school (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(120) NOT NULL,
    district_id BIGINT       NOT NULL,
    version     INT          NOT NULL DEFAULT 0,
    CONSTRAINT uq_case_school_name UNIQUE (name),
    CONSTRAINT fk_case_school_district FOREIGN KEY (district_id) REFERENCES case_district (id)
) ENGINE = InnoDB;

-- Pupils in the target group (e.g. 20 % absence or more, grades 4-9) per school and school year.
CREATE TABLE case_target_group (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    school_id   BIGINT     NOT NULL,
    school_year VARCHAR(9) NOT NULL,
    target_size INT        NOT NULL,
    CONSTRAINT uq_case_target_group UNIQUE (school_id, school_year),
    CONSTRAINT fk_case_target_group_school FOREIGN KEY (school_id) REFERENCES case_school (id) ON DELETE CASCADE,
    CONSTRAINT ck_case_target_group_size CHECK (target_size >= 0)
) ENGINE = InnoDB;

CREATE TABLE case_project (
    id                        BIGINT AUTO_INCREMENT PRIMARY KEY,
    programme_id              BIGINT        NOT NULL,
    name                      VARCHAR(200)  NOT NULL,
    start_date                DATE          NOT NULL,
    end_date                  DATE          NOT NULL,
    phases                    VARCHAR(1000) NULL,
    budget                    DECIMAL(14, 2) NULL,
    absence_threshold_percent INT           NOT NULL DEFAULT 20,
    retention_months          INT           NOT NULL DEFAULT 36,
    version                   INT           NOT NULL DEFAULT 0,
    CONSTRAINT uq_case_project_name UNIQUE (name),
    CONSTRAINT fk_case_project_programme FOREIGN KEY (programme_id) REFERENCES case_programme (id),
    CONSTRAINT ck_case_project_period CHECK (end_date >= start_date)
) ENGINE = InnoDB;

CREATE TABLE case_project_school (
    project_id BIGINT NOT NULL,
    school_id  BIGINT NOT NULL,
    PRIMARY KEY (project_id, school_id),
    CONSTRAINT fk_case_project_school_project FOREIGN KEY (project_id) REFERENCES case_project (id) ON DELETE CASCADE,
    CONSTRAINT fk_case_project_school_school FOREIGN KEY (school_id) REFERENCES case_school (id)
) ENGINE = InnoDB;

-- One pupil in a project, known only by a random pseudonym. No names or personal numbers, ever.
CREATE TABLE case_pupil_case (
    id                       BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_code                CHAR(9)       NOT NULL,
    project_id               BIGINT        NOT NULL,
    school_id                BIGINT        NOT NULL,
    grade                    INT           NOT NULL,
    gender                   VARCHAR(16)   NOT NULL,
    start_date               DATE          NOT NULL,
    end_date                 DATE          NULL,
    status                   VARCHAR(20)   NOT NULL,
    dropout_reason           VARCHAR(30)   NULL,
    knowledge_goals          VARCHAR(20)   NULL,
    eligible_upper_secondary BOOLEAN       NULL,
    intervention_cost        DECIMAL(12, 2) NULL,
    created_at               TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version                  INT           NOT NULL DEFAULT 0,
    CONSTRAINT uq_case_pupil_case_code UNIQUE (case_code),
    CONSTRAINT fk_case_pupil_case_project FOREIGN KEY (project_id) REFERENCES case_project (id),
    CONSTRAINT fk_case_pupil_case_school FOREIGN KEY (school_id) REFERENCES case_school (id),
    CONSTRAINT ck_case_pupil_case_grade CHECK (grade BETWEEN 4 AND 9),
    CONSTRAINT ck_case_pupil_case_period CHECK (end_date IS NULL OR end_date >= start_date),
    CONSTRAINT ck_case_pupil_case_cost CHECK (intervention_cost IS NULL OR intervention_cost >= 0)
) ENGINE = InnoDB;
CREATE INDEX ix_case_pupil_case_project_school ON case_pupil_case (project_id, school_id, status);
