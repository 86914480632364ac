-- What completions reported beyond their packages' time entries, kept apart from the hours in total (actual_hours)
-- so that the KPIs say how much of it is on no day. Reports recorded before have none (null: not kept apart).
ALTER TABLE status_report ADD COLUMN hours_beyond_time_entries NUMERIC(19,2);
