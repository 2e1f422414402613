-- The WBS (third edition): summary elements, each under its parent summary (null: at the top), in
-- the order they were added; work packages and milestones name the summary they sit under.
CREATE TABLE project_summary (
    project_id  UUID          NOT NULL,
    summary_id  UUID          NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    parent_id   UUID,
    position    INTEGER       NOT NULL,
    source_id   VARCHAR(100),
    CONSTRAINT project_summary_pk PRIMARY KEY (project_id, summary_id)
);

ALTER TABLE project_item ADD COLUMN parent_id UUID;

-- The schedule and dashboard answers kept before this version lack the third edition's fields
-- (links, calendar, the WBS): the next read computes them afresh.
DELETE FROM project_read_cache;
