-- Plans as PMs make them (third edition): each item imported from a plan file keeps the file's own
-- id for it (MS Project's unique id, P6's activity id, the CSV's id); items planned by hand, and
-- those recorded before, hold none.
ALTER TABLE project_item ADD COLUMN source_id VARCHAR(100);
