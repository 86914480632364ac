-- A closeout snapshot's actual finish (the last work package's completion) and the calendar days it lies after the
-- baseline's finish, as the closeout report gives them. Status cycles, terminated projects and snapshots recorded
-- before have none (null).
ALTER TABLE status_report ADD COLUMN actual_finish DATE;
ALTER TABLE status_report ADD COLUMN finish_late_days BIGINT;
