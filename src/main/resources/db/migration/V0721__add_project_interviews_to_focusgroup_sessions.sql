-- Project interviews (issue #16) are focus-group sessions of another type, held with a whole project at a
-- point in time: occasion_month is months since the project's start (0 = start, 6 = six months).
ALTER TABLE focusgroup_session
    ADD COLUMN session_type   VARCHAR(20) NOT NULL DEFAULT 'FOCUS_GROUP',
    ADD COLUMN occasion_month INT         NULL,
    ADD CONSTRAINT ck_focusgroup_session_occasion CHECK ((session_type = 'PROJECT_INTERVIEW') = (occasion_month IS NOT NULL));
