-- The figures measured at closeout are the project's final KPI snapshot, stored after its last status cycle, so
-- its KPIs agree with its closeout report. An ended project is not rated: the snapshot has no health.
ALTER TABLE status_report ADD COLUMN closeout BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE status_report ALTER COLUMN health DROP NOT NULL;
