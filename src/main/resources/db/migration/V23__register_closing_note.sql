-- Why a risk or issue was closed when nobody settled it: the entries still open when their project ends are closed
-- with it at closeout, and the note says so, so the register does not keep open entries nobody can act on.
ALTER TABLE risk ADD COLUMN closing_note VARCHAR(200);
ALTER TABLE project_issue ADD COLUMN closing_note VARCHAR(200);
