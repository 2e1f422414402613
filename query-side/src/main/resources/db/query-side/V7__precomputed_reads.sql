-- A project's dashboard and schedule for today, kept as the JSON answered, for the project's
-- version and the status date they were computed for: while neither changes, a read is one row.
-- A row of an older version or another day is never answered; the next read replaces it.
CREATE TABLE project_read_cache (
    project_id   UUID         NOT NULL,
    kind         VARCHAR(20)  NOT NULL,
    version      BIGINT       NOT NULL,
    status_date  DATE         NOT NULL,
    body         TEXT         NOT NULL,
    CONSTRAINT project_read_cache_pk PRIMARY KEY (project_id, kind)
);
