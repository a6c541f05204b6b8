-- The normalised text (LF line endings, no byte order mark) of each loaded template version, so that a
-- refused change can say which lines changed. NULL for versions stored before this column existed.
ALTER TABLE survey_template_version ADD COLUMN content MEDIUMTEXT NULL;
