-- Money that approved change requests added to (or took from) the charter's budget; the approved budget is
-- budget + budget_changes. The charter's budget stays as it was approved at the charter review.
ALTER TABLE project ADD COLUMN budget_changes NUMERIC(19,2) DEFAULT 0 NOT NULL;
