-- Idempotency keys (API.md): the first answer to a write, kept durably so that the same key with
-- the same body gets it again after a restart, and never appends twice. The row is written in the
-- transaction that appends the write's events; the primary key settles two requests racing with
-- one key. Keys belong to the user who sent them.
CREATE TABLE idempotency_key (
    actor           VARCHAR(100)  NOT NULL,
    idempotency_key VARCHAR(200)  NOT NULL,
    request_hash    CHAR(64)      NOT NULL,
    project_id      UUID          NOT NULL,
    status_code     INTEGER       NOT NULL,
    location        VARCHAR(500),
    item_id         UUID,
    version         BIGINT        NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT idempotency_key_pk PRIMARY KEY (actor, idempotency_key)
);
