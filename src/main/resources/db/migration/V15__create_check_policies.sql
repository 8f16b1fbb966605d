-- Checks before publishing warn by default; an administrator may make chosen ones block publishing.
CREATE TABLE check_policies (
    code       TEXT PRIMARY KEY,
    blocking   BOOLEAN     NOT NULL DEFAULT false,
    changed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    changed_by TEXT        NOT NULL DEFAULT ''
);
