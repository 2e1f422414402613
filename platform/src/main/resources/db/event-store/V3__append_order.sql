-- One row that every append locks until its transaction commits. Appends therefore commit in the
-- order they take their global index: a projection or the hash chain never passes a gap that a
-- slower transaction fills later. A gap that remains is a rolled-back append and stays empty.
CREATE TABLE event_append_lock (
    id      INTEGER NOT NULL,
    appends BIGINT  NOT NULL,
    CONSTRAINT event_append_lock_pk PRIMARY KEY (id)
);
INSERT INTO event_append_lock (id, appends) VALUES (1, 0);
