-- A schedule breach has a forecast finish and its limit, not an estimate and a cost limit.
ALTER TABLE project_tolerance_breach ALTER COLUMN estimate DROP NOT NULL;
ALTER TABLE project_tolerance_breach ALTER COLUMN limit_amount DROP NOT NULL;
ALTER TABLE project_tolerance_breach ADD COLUMN forecast_finish DATE;
ALTER TABLE project_tolerance_breach ADD COLUMN baseline_finish DATE;
