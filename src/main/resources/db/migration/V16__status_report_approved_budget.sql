-- A status cycle also measures the forecast against the money approved: the project's approved budget on the
-- status date and approved budget - EAC. Reports recorded before this keep null: their approved budget on
-- their status date is not known.
ALTER TABLE status_report ADD COLUMN approved_budget NUMERIC(19,2);
ALTER TABLE status_report ADD COLUMN budget_headroom_at_completion NUMERIC(19,2);
