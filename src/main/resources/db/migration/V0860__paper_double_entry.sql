-- Double entry of returned paper forms (as REDCap does it), switched on per project; off unless switched on.
CREATE TABLE enquiry_project_setting (
    project_id         BIGINT       NOT NULL PRIMARY KEY,
    paper_double_entry BOOLEAN      NOT NULL,
    changed_at         TIMESTAMP(6) NOT NULL,
    changed_by         VARCHAR(64)  NOT NULL
) ENGINE = InnoDB;

-- One independent entry (entry_no 1 or 2) of a returned paper form by one staff member. The answers (JSON) are
-- kept only while the form is being checked: they are not an answer (not in reports or exports) until the two
-- entries agree or a coordinator has resolved every discrepancy; then, or when the guardian answers on the web
-- meanwhile, the answers are wiped and the row stays as the record of who entered what when.
CREATE TABLE enquiry_paper_entry (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    invitation_id BIGINT       NOT NULL,
    entry_no      INT          NOT NULL,
    language      VARCHAR(8)   NOT NULL,
    answers_json  LONGTEXT     NULL,
    entered_by    VARCHAR(64)  NOT NULL,
    entered_at    TIMESTAMP(6) NOT NULL,
    closed_at     TIMESTAMP(6) NULL,
    outcome       VARCHAR(20)  NULL,
    CONSTRAINT uq_enquiry_paper_entry UNIQUE (invitation_id, entry_no),
    CONSTRAINT fk_enquiry_paper_entry_invitation FOREIGN KEY (invitation_id) REFERENCES enquiry_invitation (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- Who entered the second, independent copy of a double-entered form, and who resolved its discrepancies.
ALTER TABLE enquiry_submission
    ADD COLUMN checked_by VARCHAR(64) NULL,
    ADD COLUMN resolved_by VARCHAR(64) NULL;
