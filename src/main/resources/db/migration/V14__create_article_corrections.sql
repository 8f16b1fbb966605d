-- "Đính chính": dated notes an editor appends to a published article; shown under it on the reader site.
CREATE TABLE article_corrections (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article_id  BIGINT      NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    note        TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    created_by  TEXT        NOT NULL
);

CREATE INDEX article_corrections_article_idx ON article_corrections (article_id, created_at);
