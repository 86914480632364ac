-- A closeout snapshot's resource utilisation is over the project's life, not the closeout week's, whose bookings
-- were released: null ("not measured") when none of the people who booked hours on the project is in the pool.
ALTER TABLE status_report ALTER COLUMN resource_utilisation DROP NOT NULL;
