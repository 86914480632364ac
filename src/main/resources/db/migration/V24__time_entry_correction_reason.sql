-- Someone who changes another person's time entry says why, and the person's own note is not lost unseen: a
-- correction keeps the note it replaced and the new one (both NULL when the note stayed), a withdrawal the note
-- that went with the entry.
ALTER TABLE time_entry_correction ADD COLUMN reason VARCHAR(4000);
ALTER TABLE time_entry_correction ADD COLUMN old_note VARCHAR(4000);
ALTER TABLE time_entry_correction ADD COLUMN new_note VARCHAR(4000);
