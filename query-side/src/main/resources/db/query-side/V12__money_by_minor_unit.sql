-- Money by minor unit (ISO 4217): a Kuwaiti dinar is recorded to the fils, so amounts keep three
-- decimals here; each read gives them back in their currency's minor unit (JPY 0, EUR 2, KWD 3).
ALTER TABLE project_item ALTER COLUMN planned_cost SET DATA TYPE NUMERIC(16, 3);
ALTER TABLE project_cost ALTER COLUMN amount SET DATA TYPE NUMERIC(16, 3);
ALTER TABLE project_budget_line ALTER COLUMN amount SET DATA TYPE NUMERIC(16, 3);
ALTER TABLE project_baseline ALTER COLUMN total_planned_cost SET DATA TYPE NUMERIC(16, 3);
ALTER TABLE project_baseline_item ALTER COLUMN planned_cost SET DATA TYPE NUMERIC(16, 3);
ALTER TABLE project_baseline_line ALTER COLUMN amount SET DATA TYPE NUMERIC(16, 3);
ALTER TABLE project_tolerance_breach ALTER COLUMN estimate SET DATA TYPE NUMERIC(16, 3);
ALTER TABLE project_tolerance_breach ALTER COLUMN limit_amount SET DATA TYPE NUMERIC(16, 3);
ALTER TABLE project_maintenance_activity ALTER COLUMN cost SET DATA TYPE NUMERIC(16, 3);
ALTER TABLE portfolio_figures ALTER COLUMN bac SET DATA TYPE NUMERIC(20, 3);
ALTER TABLE portfolio_figures ALTER COLUMN ac SET DATA TYPE NUMERIC(20, 3);
ALTER TABLE portfolio_figures ALTER COLUMN eac SET DATA TYPE NUMERIC(20, 3);
-- The answers kept for today were shown in two decimals whatever the currency: computed again.
DELETE FROM project_read_cache;
DELETE FROM portfolio_figures;
