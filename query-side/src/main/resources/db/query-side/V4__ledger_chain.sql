-- The hash chain: one link per event in global order, hash(n) = SHA-256(hash(n-1) || canonical(n)).
-- Kept as first computed, so that verification can name the first position whose stored event no
-- longer gives the same link.
CREATE TABLE ledger_chain (
    global_position BIGINT       NOT NULL,
    event_id        VARCHAR(255) NOT NULL,
    hash            CHAR(64)     NOT NULL,
    previous_hash   CHAR(64)     NOT NULL,
    recorded_at     VARCHAR(255) NOT NULL,
    CONSTRAINT ledger_chain_pk PRIMARY KEY (global_position),
    CONSTRAINT ledger_chain_event_uk UNIQUE (event_id)
);
