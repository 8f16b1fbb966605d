-- An approved photo's public copies are made once the approval has committed. A try that fails is counted and made
-- again later; a photo that cannot be read at all, or fails every try, is given up on, and the newsroom sees it.
ALTER TABLE comment_attachments ADD COLUMN image_tries INT NOT NULL DEFAULT 0;
ALTER TABLE comment_attachments ADD COLUMN image_given_up BOOLEAN NOT NULL DEFAULT FALSE;

-- Approved before this: their copies were made within the approval, or the photo could not be read.
UPDATE comment_attachments a SET image_given_up = TRUE
FROM comments c
WHERE c.id = a.comment_id AND c.status = 'APPROVED' AND a.content_type LIKE 'image/%' AND a.image_width IS NULL;
