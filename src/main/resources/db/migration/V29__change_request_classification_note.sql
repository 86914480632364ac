-- Why a change does not take the route its classification rule gave it (a class, risk or route the process does not
-- know, or none): kept with the change request, so that its API view says so after the process has ended, as the
-- approvers' forms did while it ran.
ALTER TABLE change_request ADD COLUMN classification_note VARCHAR(4000);
