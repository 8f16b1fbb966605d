-- The photo the home page, section pages and og:image show for an article, and the point of it that a cropped card
-- keeps in view (percent of the width and the height). Without one, the first photo of the body stands in, centred.
ALTER TABLE articles
    ADD COLUMN lead_image_id UUID REFERENCES media_images (id) ON DELETE SET NULL,
    ADD COLUMN lead_focus_x  SMALLINT NOT NULL DEFAULT 50 CHECK (lead_focus_x BETWEEN 0 AND 100),
    ADD COLUMN lead_focus_y  SMALLINT NOT NULL DEFAULT 50 CHECK (lead_focus_y BETWEEN 0 AND 100);
