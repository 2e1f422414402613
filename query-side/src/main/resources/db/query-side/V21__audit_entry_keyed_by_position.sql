-- An audit entry is keyed by its event's global position alone. The unique index on event ids was
-- used by one read only (the entry a correction corrects, now found among its project's entries,
-- AuditController) and cost a third of the trail's writes: event ids are random, so each entry
-- touched a random page of it. In a rebuild of 1,002,585 events the trail's COPY took 19.5 s of the
-- database's time without it, 26.3-32.2 s with it (bench/README.md, tenth session).
ALTER TABLE audit_entry DROP CONSTRAINT audit_entry_event_uk;
