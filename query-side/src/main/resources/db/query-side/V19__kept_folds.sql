-- A project's facts folded from its first event up to `sequence`, kept every N events (issue 21,
-- item 6): an as-of read starts from the latest kept fold whose events were all recorded by the
-- instant asked, and folds only the events after it. Derived from the event store alone (never
-- from another read model), so a replay of the projections leaves them valid; `shape` names the
-- shape of the stored facts, and a fold of another shape is not used.
CREATE TABLE project_kept_fold (
    project_id       UUID                     NOT NULL,
    sequence         BIGINT                   NOT NULL,
    shape            INTEGER                  NOT NULL,
    last_recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    facts            TEXT                     NOT NULL,
    CONSTRAINT project_kept_fold_pk PRIMARY KEY (project_id, sequence, shape)
);
