-- A link is keyed by its event's global position alone. The unique index on event ids added nothing
-- the store does not hold already (one event per position, its id unique in the event store), and
-- cost most of the chain's writes: event ids are random, so each link touched a random page of it.
-- In a rebuild of 1,002,585 events the chain's COPY took 5.6 s of the database's time without it,
-- 12.2-14.9 s with it, and wrote 264 MB of WAL instead of 485 MB (bench/README.md, tenth session).
ALTER TABLE ledger_chain DROP CONSTRAINT ledger_chain_event_uk;
