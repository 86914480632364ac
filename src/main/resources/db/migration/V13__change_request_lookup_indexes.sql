-- Lookups that read every change request ever made without an index on PostgreSQL (H2 indexes every foreign key
-- by itself): the coming implementation windows (ScheduledChanges, by status, at every change's scheduling) and
-- a change's own log (by its key).
CREATE INDEX idx_change_request_status ON change_request (status);
CREATE INDEX idx_change_log_change_request ON change_log (change_request_key);
