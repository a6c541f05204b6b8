-- Hours per case and calendar month, as the school reports them. No pupil data beyond the pseudonymous case.
-- month_start is the first day of the month. The foreign key makes a forgotten CaseDeleted listener fail loudly
-- instead of leaving figures behind; the listener deletes the months first.
CREATE TABLE absence_month (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id            BIGINT        NOT NULL,
    month_start        DATE          NOT NULL,
    hours_offered      DECIMAL(6, 1) NOT NULL,
    hours_unauthorised DECIMAL(6, 1) NOT NULL,
    hours_authorised   DECIMAL(6, 1) NOT NULL,
    version            INT           NOT NULL DEFAULT 0,
    CONSTRAINT uq_absence_month_case_month UNIQUE (case_id, month_start),
    CONSTRAINT fk_absence_month_case FOREIGN KEY (case_id) REFERENCES case_pupil_case (id),
    CONSTRAINT ck_absence_month_first_day CHECK (DAYOFMONTH(month_start) = 1),
    CONSTRAINT ck_absence_month_offered CHECK (hours_offered >= 0 AND hours_offered <= 250),
    CONSTRAINT ck_absence_month_absence CHECK (hours_unauthorised >= 0 AND hours_authorised >= 0
        AND hours_unauthorised + hours_authorised <= hours_offered)
) ENGINE = InnoDB;
