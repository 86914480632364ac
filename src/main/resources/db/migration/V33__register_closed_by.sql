-- Who settled a risk or issue and when, beside the note saying why. Entries already closed with their project at
-- closeout (the only ones with a note so far) are marked as closed by the closeout, at their last change.
ALTER TABLE risk ADD COLUMN closed_by VARCHAR(64);
ALTER TABLE risk ADD COLUMN closed_at TIMESTAMP;
ALTER TABLE project_issue ADD COLUMN closed_by VARCHAR(64);
ALTER TABLE project_issue ADD COLUMN closed_at TIMESTAMP;
UPDATE risk SET closed_by = 'closeout', closed_at = updated_at WHERE closing_note IS NOT NULL;
UPDATE project_issue SET closed_by = 'closeout', closed_at = updated_at WHERE closing_note IS NOT NULL;
