-- A school reporter (issue #16) sees the cases of one school only; NULL for every other account.
ALTER TABLE security_staff_user ADD COLUMN school_id BIGINT NULL;
