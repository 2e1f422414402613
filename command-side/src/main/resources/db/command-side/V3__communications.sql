-- Stakeholder communication: the transactional outbox. Every row here is written by the
-- "communications" subscribing event handler inside the transaction that appends the events it is
-- about, so an acknowledged event always has its notifications queued, and a refused command has
-- none. Addresses stay sealed under the stakeholder's key (crypto-shredding).

-- Each project's code and name, for the subject lines.
CREATE TABLE communication_project (
    project_id UUID         NOT NULL,
    code       VARCHAR(32)  NOT NULL,
    name       VARCHAR(200) NOT NULL,
    CONSTRAINT communication_project_pk PRIMARY KEY (project_id)
);

-- The current communication plan of each stakeholder who has one; topics are their interests.
CREATE TABLE communication_plan (
    project_id         UUID          NOT NULL,
    stakeholder_id     UUID          NOT NULL,
    channel            VARCHAR(10)   NOT NULL,
    address_key        UUID          NOT NULL,
    address_nonce      VARCHAR(64)   NOT NULL,
    address_ciphertext VARCHAR(4000) NOT NULL,
    frequency          VARCHAR(20)   NOT NULL,
    topics             VARCHAR(200)  NOT NULL,
    forgotten          BOOLEAN       NOT NULL,
    CONSTRAINT communication_plan_pk PRIMARY KEY (project_id, stakeholder_id)
);

-- One row per message to send. The id is derived from (event, stakeholder) or (stakeholder, week),
-- so the same message can never be queued twice. status: PENDING (to try, at next_attempt_at),
-- SENT (the receiver took it; the ledger has still to record it), GAVE_UP (the last try failed;
-- still to record), DELIVERED and FAILED (recorded as StakeholderNotified / NotificationFailed).
-- A node works on a row only while it holds its lease.
CREATE TABLE notification_outbox (
    notification_id    UUID          NOT NULL,
    project_id         UUID          NOT NULL,
    stakeholder_id     UUID          NOT NULL,
    kind               VARCHAR(20)   NOT NULL,
    channel            VARCHAR(10)   NOT NULL,
    address_key        UUID          NOT NULL,
    address_nonce      VARCHAR(64)   NOT NULL,
    address_ciphertext VARCHAR(4000) NOT NULL,
    source_event_ids   VARCHAR(100000) NOT NULL,
    source_event_type  VARCHAR(100)  NOT NULL,
    subject            VARCHAR(500)  NOT NULL,
    body               VARCHAR(1000000) NOT NULL,
    body_sha256        VARCHAR(64)   NOT NULL,
    status             VARCHAR(10)   NOT NULL,
    attempts           VARCHAR(100000) NOT NULL,
    attempt_count      INTEGER       NOT NULL,
    next_attempt_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    lease_owner        VARCHAR(100),
    lease_until        TIMESTAMP WITH TIME ZONE,
    queued_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT notification_outbox_pk PRIMARY KEY (notification_id)
);
CREATE INDEX notification_outbox_due_ix ON notification_outbox (status, next_attempt_at);

-- What a weekly digest will summarise: one row per (stakeholder, event), with the Monday (UTC) of
-- the week it was recorded in; notification_id is set once the week's digest is queued.
CREATE TABLE digest_entry (
    project_id      UUID          NOT NULL,
    stakeholder_id  UUID          NOT NULL,
    event_id        VARCHAR(255)  NOT NULL,
    event_type      VARCHAR(100)  NOT NULL,
    summary         VARCHAR(2000) NOT NULL,
    actor           VARCHAR(200),
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    week_start      DATE          NOT NULL,
    notification_id UUID,
    CONSTRAINT digest_entry_pk PRIMARY KEY (project_id, stakeholder_id, event_id)
);
CREATE INDEX digest_entry_due_ix ON digest_entry (notification_id, week_start);
