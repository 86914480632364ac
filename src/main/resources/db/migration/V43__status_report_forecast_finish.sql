-- The schedule's forecast finish of each status cycle (the baseline scheduled again on the status date, work not
-- begun from then on) and how many calendar days it lies after the baseline's finish. Reports recorded before, and
-- closeout snapshots, have none (null).
ALTER TABLE status_report ADD COLUMN forecast_finish_date DATE;
ALTER TABLE status_report ADD COLUMN forecast_late_days BIGINT;
