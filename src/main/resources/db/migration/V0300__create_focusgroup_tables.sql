-- Focus-group sessions. Participants are counted per role; there is no column for a participant's name.
-- district_id is the school's district when a school is chosen, so the data scope can be checked directly.
CREATE TABLE focusgroup_session (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    project_id             BIGINT       NOT NULL,
    school_id              BIGINT       NULL,
    district_id            BIGINT       NULL,
    held_on                DATE         NOT NULL,
    guide_template_id      VARCHAR(100) NULL,
    guide_template_version INT          NULL,
    consent_recorded       BOOLEAN      NOT NULL,
    status                 VARCHAR(12)  NOT NULL,
    created_by             VARCHAR(64)  NOT NULL,
    created_at             TIMESTAMP(6) NOT NULL,
    updated_at             TIMESTAMP(6) NOT NULL,
    finalised_by           VARCHAR(64)  NULL,
    finalised_at           TIMESTAMP(6) NULL,
    version                INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_focusgroup_session_project FOREIGN KEY (project_id) REFERENCES case_project (id),
    CONSTRAINT fk_focusgroup_session_school FOREIGN KEY (school_id) REFERENCES case_school (id),
    CONSTRAINT fk_focusgroup_session_district FOREIGN KEY (district_id) REFERENCES case_district (id),
    CONSTRAINT ck_focusgroup_session_guide CHECK ((guide_template_id IS NULL) = (guide_template_version IS NULL))
) ENGINE = InnoDB;
CREATE INDEX ix_focusgroup_session_project ON focusgroup_session (project_id, held_on);

CREATE TABLE focusgroup_participant_count (
    session_id        BIGINT      NOT NULL,
    participant_role  VARCHAR(20) NOT NULL,
    participant_count INT         NOT NULL,
    PRIMARY KEY (session_id, participant_role),
    CONSTRAINT fk_focusgroup_participant_session FOREIGN KEY (session_id) REFERENCES focusgroup_session (id)
        ON DELETE CASCADE,
    CONSTRAINT ck_focusgroup_participant_count CHECK (participant_count BETWEEN 0 AND 100)
) ENGINE = InnoDB;

-- A project's codebook: the codes notes and quotes are tagged with.
CREATE TABLE focusgroup_code (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    project_id  BIGINT       NOT NULL,
    name        VARCHAR(80)  NOT NULL,
    description VARCHAR(500) NULL,
    version     INT          NOT NULL DEFAULT 0,
    CONSTRAINT uq_focusgroup_code_name UNIQUE (project_id, name),
    CONSTRAINT fk_focusgroup_code_project FOREIGN KEY (project_id) REFERENCES case_project (id)
) ENGINE = InnoDB;

-- theme_key: 'guide:<section id>', 'typed:<normalised name>' or 'other'; theme_title as shown when written.
CREATE TABLE focusgroup_note (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    session_id  BIGINT        NOT NULL,
    theme_key   VARCHAR(120)  NOT NULL,
    theme_title VARCHAR(200)  NOT NULL,
    body        VARCHAR(4000) NOT NULL,
    created_at  TIMESTAMP(6)  NOT NULL,
    updated_at  TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_focusgroup_note_session FOREIGN KEY (session_id) REFERENCES focusgroup_session (id)
        ON DELETE CASCADE
) ENGINE = InnoDB;
CREATE INDEX ix_focusgroup_note_session ON focusgroup_note (session_id, theme_key);

CREATE TABLE focusgroup_quote (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    session_id   BIGINT        NOT NULL,
    theme_key    VARCHAR(120)  NOT NULL,
    theme_title  VARCHAR(200)  NOT NULL,
    body         VARCHAR(2000) NOT NULL,
    speaker_role VARCHAR(20)   NOT NULL,
    quotable     BOOLEAN       NOT NULL,
    created_at   TIMESTAMP(6)  NOT NULL,
    updated_at   TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_focusgroup_quote_session FOREIGN KEY (session_id) REFERENCES focusgroup_session (id)
        ON DELETE CASCADE
) ENGINE = InnoDB;
CREATE INDEX ix_focusgroup_quote_session ON focusgroup_quote (session_id);

CREATE TABLE focusgroup_note_code (
    note_id BIGINT NOT NULL,
    code_id BIGINT NOT NULL,
    PRIMARY KEY (note_id, code_id),
    CONSTRAINT fk_focusgroup_note_code_note FOREIGN KEY (note_id) REFERENCES focusgroup_note (id) ON DELETE CASCADE,
    CONSTRAINT fk_focusgroup_note_code_code FOREIGN KEY (code_id) REFERENCES focusgroup_code (id)
) ENGINE = InnoDB;

CREATE TABLE focusgroup_quote_code (
    quote_id BIGINT NOT NULL,
    code_id  BIGINT NOT NULL,
    PRIMARY KEY (quote_id, code_id),
    CONSTRAINT fk_focusgroup_quote_code_quote FOREIGN KEY (quote_id) REFERENCES focusgroup_quote (id) ON DELETE CASCADE,
    CONSTRAINT fk_focusgroup_quote_code_code FOREIGN KEY (code_id) REFERENCES focusgroup_code (id)
) ENGINE = InnoDB;

-- Changes made after a session was finalised: who, when, why and what (no note text is copied here).
CREATE TABLE focusgroup_amendment (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    session_id BIGINT        NOT NULL,
    amended_by VARCHAR(64)   NOT NULL,
    amended_at TIMESTAMP(6)  NOT NULL,
    reason     VARCHAR(1000) NOT NULL,
    change_summary VARCHAR(300) NOT NULL,
    CONSTRAINT fk_focusgroup_amendment_session FOREIGN KEY (session_id) REFERENCES focusgroup_session (id)
        ON DELETE CASCADE
) ENGINE = InnoDB;
CREATE INDEX ix_focusgroup_amendment_session ON focusgroup_amendment (session_id, amended_at);
