-- Who wrote an article (imported and demo articles have no account), when a scheduled one goes out,
-- and who changed it last.
ALTER TABLE articles
    ADD COLUMN author_id    BIGINT REFERENCES accounts (id),
    ADD COLUMN scheduled_at TIMESTAMPTZ,
    ADD COLUMN modified_by  TEXT NOT NULL DEFAULT '',
    ADD CONSTRAINT articles_scheduled_has_time CHECK (status <> 'SCHEDULED' OR scheduled_at IS NOT NULL);

CREATE INDEX articles_scheduled_idx ON articles (scheduled_at) WHERE status = 'SCHEDULED';
CREATE INDEX articles_status_modified_idx ON articles (status, modified_at DESC);
CREATE INDEX articles_author_idx ON articles (author_id, modified_at DESC);
