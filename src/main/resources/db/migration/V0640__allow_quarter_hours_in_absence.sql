-- Schools report absence in quarter hours (10,25): keep two decimals instead of one (issue #13, item 15).
ALTER TABLE absence_month
    MODIFY hours_offered      DECIMAL(6, 2) NOT NULL,
    MODIFY hours_unauthorised DECIMAL(6, 2) NOT NULL,
    MODIFY hours_authorised   DECIMAL(6, 2) NOT NULL;
