-- The audit trail: one row per event, in global order, with who, why, a one-line summary and
-- the old -> new changes as JSON text. Indexed for its filters: per project, per actor, per type,
-- and by record time, each walked by global position for cursor paging.
CREATE TABLE audit_entry (
    global_position BIGINT        NOT NULL,
    project_id      UUID          NOT NULL,
    sequence        BIGINT        NOT NULL,
    event_id        VARCHAR(255)  NOT NULL,
    type            VARCHAR(100)  NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    actor           VARCHAR(100),
    reason          VARCHAR(4000),
    correlation_id  VARCHAR(200),
    summary         VARCHAR(2000) NOT NULL,
    changes         TEXT          NOT NULL,
    CONSTRAINT audit_entry_pk PRIMARY KEY (global_position),
    CONSTRAINT audit_entry_event_uk UNIQUE (event_id)
);
CREATE INDEX audit_entry_project_ix ON audit_entry (project_id, global_position);
CREATE INDEX audit_entry_actor_ix ON audit_entry (actor, global_position);
CREATE INDEX audit_entry_type_ix ON audit_entry (type, global_position);
CREATE INDEX audit_entry_time_ix ON audit_entry (recorded_at, global_position);
