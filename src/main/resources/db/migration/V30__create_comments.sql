-- Reader comments under pre-moderation: nothing is public before an editor approves it.
CREATE TABLE comments (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article_id       BIGINT      NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    name             TEXT        NOT NULL,
    -- lower-cased; never shown publicly
    email            TEXT        NOT NULL,
    -- what readers see: the reader's text, or the newsroom's edit of it
    content          TEXT        NOT NULL,
    -- what the reader sent, kept whatever the newsroom does to it
    original_content TEXT        NOT NULL,
    status           TEXT        NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
    flags            TEXT[]      NOT NULL DEFAULT '{}',
    -- the held words and the like, for the editor who reads the flags
    flag_details     TEXT        NOT NULL DEFAULT '',
    ip               TEXT        NOT NULL,
    -- folded text, to refuse the same text sent again
    fingerprint      TEXT        NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL,
    edited_at        TIMESTAMPTZ,
    edited_by        TEXT,
    moderated_at     TIMESTAMPTZ,
    moderated_by     TEXT,
    reject_reason    TEXT
);

CREATE INDEX comments_article_public_idx ON comments (article_id, created_at DESC) WHERE status = 'APPROVED';
CREATE INDEX comments_queue_idx ON comments (created_at) WHERE status = 'PENDING';
CREATE INDEX comments_email_idx ON comments (email, created_at DESC);
CREATE INDEX comments_ip_idx ON comments (ip, created_at DESC);

-- At most one per comment; stored under a random name in the private store, outside anything served.
CREATE TABLE comment_attachments (
    comment_id    BIGINT PRIMARY KEY REFERENCES comments (id) ON DELETE CASCADE,
    stored_name   UUID        NOT NULL UNIQUE,
    original_name TEXT        NOT NULL,
    -- as sniffed from the bytes, never as the reader's browser claimed
    content_type  TEXT        NOT NULL,
    size          BIGINT      NOT NULL,
    -- an image re-encoded without EXIF/GPS on approval; null until then or for other files
    image_width   INT,
    image_height  INT
);
