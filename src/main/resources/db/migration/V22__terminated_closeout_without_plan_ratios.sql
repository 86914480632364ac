-- A terminated project's closeout snapshot has no SPI, schedule adherence or budget accuracy: they compare with a
-- plan the termination abandoned, so they stay null ("not applicable") instead of a score that reads as a result.
ALTER TABLE status_report ALTER COLUMN spi DROP NOT NULL;
ALTER TABLE status_report ALTER COLUMN schedule_adherence DROP NOT NULL;
ALTER TABLE status_report ALTER COLUMN budget_accuracy DROP NOT NULL;
