-- A cancelled work package or milestone stays in the project's record, out of the plan and its
-- figures (DOMAIN.md, "Corrections and amendments").
ALTER TABLE project_item ADD COLUMN cancelled BOOLEAN NOT NULL DEFAULT FALSE;
