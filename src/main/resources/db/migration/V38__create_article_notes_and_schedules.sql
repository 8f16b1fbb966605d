-- Editorial notes ("Ghi chú biên tập"): a thread per article between its reporter and its editors, never public.
-- A return to draft carries its reason as a note of kind RETURN.
CREATE TABLE article_notes (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article_id BIGINT      NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    account_id BIGINT      REFERENCES accounts (id) ON DELETE SET NULL,
    author     TEXT        NOT NULL,
    kind       TEXT        NOT NULL CHECK (kind IN ('NOTE', 'RETURN')),
    body       TEXT        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX article_notes_article_idx ON article_notes (article_id, created_at);

-- Who scheduled an article, and the warnings they acknowledged then: at its time it goes out past those only.
CREATE TABLE article_schedules (
    article_id   BIGINT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    account_id   BIGINT REFERENCES accounts (id) ON DELETE SET NULL,
    acknowledged TEXT[] NOT NULL DEFAULT '{}'
);
