-- A plan file's own baseline values (third edition), kept beside the plan: the latest file that
-- gave an element one wins. Never the ledger's baseline, which only the sponsor sets.
CREATE TABLE project_file_baseline (
    project_id  UUID           NOT NULL,
    item_id     UUID           NOT NULL,
    start_date  DATE,
    finish_date DATE,
    cost        NUMERIC(18, 3),
    file_name   VARCHAR(300)   NOT NULL,
    CONSTRAINT project_file_baseline_pk PRIMARY KEY (project_id, item_id)
);
