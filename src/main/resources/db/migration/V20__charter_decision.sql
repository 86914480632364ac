-- The sponsor's latest decision on a project's charter and its reason, so the charter's author can read why it
-- was sent back or rejected (the comment used to live only in the lifecycle's variables, out of the author's
-- reach once the instance ended). One row per project: a later review replaces the earlier one.
CREATE TABLE charter_decision (
    project_key VARCHAR(16)   NOT NULL PRIMARY KEY REFERENCES project (project_key),
    decision    VARCHAR(16)   NOT NULL,
    reason      VARCHAR(4000),
    decided_by  VARCHAR(64)   NOT NULL,
    decided_at  TIMESTAMP     NOT NULL
);
