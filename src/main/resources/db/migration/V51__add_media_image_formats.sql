-- The formats each photo is stored in, at every one of its widths: JPEG always, WebP beside it for browsers that take
-- it. Photos stored before WebP get their copies from a backfill, which this column also lets resume.
ALTER TABLE media_images
    ADD COLUMN formats TEXT[] NOT NULL DEFAULT '{JPEG}';

CREATE INDEX media_images_without_webp_idx ON media_images (id) WHERE NOT ('WEBP' = ANY (formats));
