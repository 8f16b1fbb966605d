-- Every save of an article, whole, so that history can show differences and restore any of them.
CREATE TABLE article_revisions (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article_id      BIGINT      NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    number          INT         NOT NULL,
    -- SAVE, CREATE, RESTORE, or CONFLICT: a save refused because someone else saved first, kept so nothing is lost
    kind            TEXT        NOT NULL CHECK (kind IN ('CREATE', 'SAVE', 'RESTORE', 'CONFLICT')),
    saved_at        TIMESTAMPTZ NOT NULL,
    saved_by        TEXT        NOT NULL,
    status          TEXT        NOT NULL,
    section_id      BIGINT      NOT NULL,
    title           TEXT        NOT NULL,
    slug            TEXT        NOT NULL,
    sapo            TEXT        NOT NULL,
    body            TEXT        NOT NULL,
    byline          TEXT        NOT NULL,
    seo_description TEXT        NOT NULL DEFAULT '',
    tags            TEXT[]      NOT NULL DEFAULT '{}',
    -- [{"position", "imageId", "caption", "credit", "alt"}]
    figures         JSONB       NOT NULL DEFAULT '[]',
    UNIQUE (article_id, number)
);
