-- A reversed cost stays listed with the event that reversed it and that event's sequence; it no
-- longer counts in any figure from then on (DOMAIN.md, "Corrections and amendments").
ALTER TABLE project_cost ADD COLUMN reversed_by UUID;
ALTER TABLE project_cost ADD COLUMN reversed_sequence BIGINT;
