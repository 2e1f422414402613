-- The ledger's daily check of every executing project's tolerances: one row per business day,
-- taken by one node at a time under a lease, finished once every project was checked.
CREATE TABLE tolerance_check (
    check_day   DATE                     NOT NULL,
    lease_owner VARCHAR(100)             NOT NULL,
    lease_until TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT tolerance_check_pk PRIMARY KEY (check_day)
);
