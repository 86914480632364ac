-- The closeout snapshot keeps the closeout report's on-time share (done packages finished by their planned finish)
-- beside schedule adherence (packages due that are done), so the API has both figures the report shows.
ALTER TABLE status_report ADD COLUMN on_time_share NUMERIC(19,4);
