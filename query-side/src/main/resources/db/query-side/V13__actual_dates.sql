-- Actuals in time (DOMAIN.md, third edition): a progress report carries the work package's actual
-- start and finish as they stand after it. Reports recorded before hold none, so no replay is due.
ALTER TABLE project_progress ADD COLUMN actual_start DATE;
ALTER TABLE project_progress ADD COLUMN actual_finish DATE;
