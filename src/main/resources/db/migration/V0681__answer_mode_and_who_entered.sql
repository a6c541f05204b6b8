-- How an answer arrived: WEB (the guardian on the link or code page), PAPER (a returned paper form entered by
-- staff) or TELEPHONE (a telephone interview by staff), and which staff member entered it (NULL for WEB).
ALTER TABLE enquiry_submission
    ADD COLUMN mode VARCHAR(10) NOT NULL DEFAULT 'WEB',
    ADD COLUMN entered_by VARCHAR(64) NULL;
