-- Working copies ("Bản lưu tạm"): what someone typed in the editor and has not saved, kept per account and article
-- (article_id NULL: a new article, not saved yet). Not revisions: a save removes the saver's copy.
CREATE TABLE working_copies (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id   BIGINT      NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    article_id   BIGINT      REFERENCES articles (id) ON DELETE CASCADE,
    base_version INT         NOT NULL DEFAULT 0,
    fields       JSONB       NOT NULL,
    saved_at     TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX working_copies_one_idx ON working_copies (account_id, coalesce(article_id, 0));
CREATE INDEX working_copies_saved_idx ON working_copies (saved_at);
