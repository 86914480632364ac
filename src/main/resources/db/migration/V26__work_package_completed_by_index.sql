-- A completion and a time entry look up the person's other completed work of the days around them
-- (WorkPackageRepository.findCompletedBy, findCompletedOver); time entries by person and day already have
-- idx_time_entry_person_date (V9).
CREATE INDEX idx_work_package_completed_by ON work_package (completed_by, completed_at);
