-- A completed work package's actual_hours used to be what its assignee added at completion on top of the
-- package's time entries; from now on it is the package's total. Completed packages that had entries get them
-- added, so every package keeps the actual hours it had.
UPDATE work_package
SET actual_hours = actual_hours + (SELECT COALESCE(SUM(t.hours), 0)
                                   FROM time_entry t
                                   WHERE t.project_key = work_package.project_key
                                     AND t.work_package = work_package.code)
WHERE actual_hours IS NOT NULL;
