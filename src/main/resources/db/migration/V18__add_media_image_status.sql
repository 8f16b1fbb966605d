-- A photo uploaded with a save that failed waits as PENDING for the newsroom's next try; one never saved is deleted.
ALTER TABLE media_images
    ADD COLUMN status TEXT NOT NULL DEFAULT 'SAVED' CHECK (status IN ('PENDING', 'SAVED'));

CREATE INDEX media_images_pending_idx ON media_images (created_at) WHERE status = 'PENDING';
