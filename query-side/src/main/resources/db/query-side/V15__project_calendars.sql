-- A project's working calendar (third edition): its working weekdays (comma-separated, e.g.
-- MONDAY,TUESDAY) and its non-working dates (comma-separated ISO dates). Null working days: a
-- project chartered before calendars existed, which works every day until one is set.
ALTER TABLE portfolio_project ADD COLUMN working_days VARCHAR(100);
ALTER TABLE portfolio_project ADD COLUMN non_working_dates TEXT;
