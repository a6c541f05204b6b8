-- Issue #17 item 2: REFI-QDA codebooks carry a GUID per code and a hierarchy (codes under codes).
-- The GUID stays the same across exports, so a QDA tool recognises a code it has seen before.
ALTER TABLE focusgroup_code
    ADD COLUMN guid CHAR(36) NULL,
    ADD COLUMN parent_id BIGINT NULL,
    ADD CONSTRAINT fk_focusgroup_code_parent FOREIGN KEY (parent_id) REFERENCES focusgroup_code (id);

UPDATE focusgroup_code SET guid = UUID() WHERE guid IS NULL;

ALTER TABLE focusgroup_code
    MODIFY guid CHAR(36) NOT NULL,
    ADD CONSTRAINT uq_focusgroup_code_guid UNIQUE (project_id, guid);
