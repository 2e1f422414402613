-- Maintenance activities after hand-over, for the dashboard's maintenance section.
CREATE TABLE project_maintenance_activity (
    project_id     UUID           NOT NULL,
    activity_id    UUID           NOT NULL,
    sequence       BIGINT         NOT NULL,
    kind           VARCHAR(20)    NOT NULL,
    performed_on   DATE           NOT NULL,
    description    VARCHAR(4000)  NOT NULL,
    outcome        VARCHAR(4000)  NOT NULL,
    budget_line_id UUID,
    cost           NUMERIC(15, 2),
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    actor          VARCHAR(200),
    CONSTRAINT project_maintenance_activity_pk PRIMARY KEY (project_id, activity_id)
);

-- Proof of communication: one row per notification the ledger recorded (StakeholderNotified or
-- NotificationFailed), with what was sent, to whom, on which events, and every try.
CREATE TABLE communication_entry (
    notification_id    UUID            NOT NULL,
    project_id         UUID            NOT NULL,
    stakeholder_id     UUID            NOT NULL,
    global_position    BIGINT          NOT NULL,
    sequence           BIGINT          NOT NULL,
    kind               VARCHAR(20)     NOT NULL,
    channel            VARCHAR(10)     NOT NULL,
    address_key        UUID,
    address_nonce      VARCHAR(64),
    address_ciphertext VARCHAR(4000),
    source_event_ids   VARCHAR(100000) NOT NULL,
    source_event_type  VARCHAR(100)    NOT NULL,
    subject            VARCHAR(500)    NOT NULL,
    body_sha256        VARCHAR(64)     NOT NULL,
    outcome            VARCHAR(10)     NOT NULL,
    attempts           VARCHAR(100000) NOT NULL,
    settled_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT communication_entry_pk PRIMARY KEY (notification_id)
);
CREATE INDEX communication_entry_project_ix ON communication_entry (project_id, global_position);
CREATE INDEX communication_entry_stakeholder_ix ON communication_entry (project_id, stakeholder_id);
