-- CPI = EV / AC is not computable while no cost is booked: such a report keeps it null instead of a 1 that reads
-- as "on budget".
ALTER TABLE status_report ALTER COLUMN cpi DROP NOT NULL;
