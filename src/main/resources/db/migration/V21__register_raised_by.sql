-- Who raised each risk and issue: the signed-in user who recorded it. Entries from before this column, and those
-- recorded by lifecycle code with nobody acting, have none.
ALTER TABLE risk ADD COLUMN raised_by VARCHAR(64);
ALTER TABLE project_issue ADD COLUMN raised_by VARCHAR(64);
