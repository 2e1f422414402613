-- Set validation for project codes (DOMAIN.md: a code is unique across the portfolio).
-- A row is written in the same transaction that appends ProjectChartered, so the unique keys
-- settle concurrent charters: the second to insert waits for the first and then fails.
CREATE TABLE project_code (
    code       VARCHAR(32) NOT NULL,
    project_id UUID        NOT NULL,
    claimed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT project_code_pk PRIMARY KEY (code),
    CONSTRAINT project_code_project_uk UNIQUE (project_id)
);
