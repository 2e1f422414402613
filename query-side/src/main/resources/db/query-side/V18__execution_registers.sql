-- The execution registers' events of each project (issues, deliverables, risks and their
-- responses, draws on the contingency reserve, work package owners, lessons), as recorded. The
-- registers and the end-project report fold them, now or as the ledger knew them at any instant.
CREATE TABLE project_register_entry (
    project_id  UUID                     NOT NULL,
    sequence    BIGINT                   NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    event_type  VARCHAR(60)              NOT NULL,
    actor       VARCHAR(200),
    payload     TEXT                     NOT NULL,
    CONSTRAINT project_register_entry_pk PRIMARY KEY (project_id, sequence)
);

-- A risk's kind and its planned response, for the dashboard's exposure against the reserve.
ALTER TABLE project_risk ADD COLUMN kind VARCHAR(20) DEFAULT 'THREAT' NOT NULL;
ALTER TABLE project_risk ADD COLUMN strategy VARCHAR(20);
ALTER TABLE project_risk ADD COLUMN response_owner VARCHAR(100);
ALTER TABLE project_risk ADD COLUMN proximity DATE;
ALTER TABLE project_risk ADD COLUMN cost_impact NUMERIC(18, 3);
