-- "Thùng rác": a deleted article waits here, unpublished, until an administrator empties the trash or someone restores it.
ALTER TABLE articles
    ADD COLUMN deleted_at TIMESTAMPTZ,
    ADD COLUMN deleted_by TEXT;

CREATE INDEX articles_trash_idx ON articles (deleted_at) WHERE deleted_at IS NOT NULL;
