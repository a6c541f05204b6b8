CREATE TABLE security_staff_user (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    username             VARCHAR(64)  NOT NULL,
    password_hash        VARCHAR(255) NOT NULL,
    roles                VARCHAR(200) NOT NULL,
    enabled              BOOLEAN      NOT NULL DEFAULT TRUE,
    must_change_password BOOLEAN      NOT NULL DEFAULT FALSE,
    all_projects         BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at           TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version              INT          NOT NULL DEFAULT 0,
    CONSTRAINT uq_security_staff_user_username UNIQUE (username)
) ENGINE = InnoDB;

-- A staff member sees the cases of these projects; district_id narrows a row to one district.
CREATE TABLE security_staff_scope (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id     BIGINT NOT NULL,
    project_id  BIGINT NOT NULL,
    district_id BIGINT NULL,
    CONSTRAINT fk_security_staff_scope_user FOREIGN KEY (user_id) REFERENCES security_staff_user (id) ON DELETE CASCADE
) ENGINE = InnoDB;
CREATE INDEX ix_security_staff_scope_user ON security_staff_scope (user_id);
