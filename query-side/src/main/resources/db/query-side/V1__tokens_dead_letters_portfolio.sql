-- The query side's tables: Axon's token store and dead-letter queue (in the column names Axon's
-- JDBC implementations use), and the portfolio read model. Runs on PostgreSQL and on H2 in
-- PostgreSQL mode.
CREATE TABLE tokenentry (
    processorname VARCHAR(255) NOT NULL,
    segment       INTEGER      NOT NULL,
    token         BYTEA,
    tokentype     VARCHAR(255),
    timestamp     VARCHAR(255),
    owner         VARCHAR(255),
    CONSTRAINT tokenentry_pk PRIMARY KEY (processorname, segment)
);

CREATE TABLE deadletterentry (
    deadletteridentifier VARCHAR(255)  NOT NULL,
    processinggroup      VARCHAR(255)  NOT NULL,
    sequenceidentifier   VARCHAR(255)  NOT NULL,
    sequenceindex        BIGINT        NOT NULL,
    messagetype          VARCHAR(255)  NOT NULL,
    eventidentifier      VARCHAR(255)  NOT NULL,
    timestamp            VARCHAR(255)  NOT NULL,
    payloadtype          VARCHAR(255)  NOT NULL,
    payloadrevision      VARCHAR(255),
    payload              BYTEA         NOT NULL,
    metadata             BYTEA,
    type                 VARCHAR(255),
    aggregateidentifier  VARCHAR(255),
    sequencenumber       BIGINT,
    tokentype            VARCHAR(255),
    token                BYTEA,
    enqueuedat           VARCHAR(255)  NOT NULL,
    lasttouched          VARCHAR(255),
    processingstarted    VARCHAR(255),
    causetype            VARCHAR(255),
    causemessage         VARCHAR(1023),
    diagnostics          BYTEA,
    CONSTRAINT deadletterentry_pk PRIMARY KEY (deadletteridentifier),
    CONSTRAINT deadletterentry_sequence_uk UNIQUE (processinggroup, sequenceidentifier, sequenceindex)
);
CREATE INDEX deadletterentry_group_ix ON deadletterentry (processinggroup);
CREATE INDEX deadletterentry_sequence_ix ON deadletterentry (processinggroup, sequenceidentifier);

-- One row per project: what the portfolio lists and what GET /api/projects/{id} answers.
-- version is the sequence number of the last event applied; a redelivered event changes nothing.
CREATE TABLE portfolio_project (
    project_id             UUID          NOT NULL,
    code                   VARCHAR(32)   NOT NULL,
    name                   VARCHAR(200)  NOT NULL,
    state                  VARCHAR(20)   NOT NULL,
    sponsor                VARCHAR(100)  NOT NULL,
    manager                VARCHAR(100)  NOT NULL,
    currency               CHAR(3)       NOT NULL,
    planned_start          DATE          NOT NULL,
    planned_finish         DATE          NOT NULL,
    schedule_tolerance_days INTEGER      NOT NULL,
    cost_tolerance_percent NUMERIC(7, 2) NOT NULL,
    chartered_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    chartered_by           VARCHAR(100)  NOT NULL,
    version                BIGINT        NOT NULL,
    CONSTRAINT portfolio_project_pk PRIMARY KEY (project_id)
);
CREATE INDEX portfolio_project_code_ix ON portfolio_project (code);
CREATE INDEX portfolio_project_state_code_ix ON portfolio_project (state, code);
CREATE INDEX portfolio_project_name_ix ON portfolio_project (name);
