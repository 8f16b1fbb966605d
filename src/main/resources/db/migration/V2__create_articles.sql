CREATE TABLE articles (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    section_id      BIGINT      NOT NULL REFERENCES sections (id),
    title           TEXT        NOT NULL,
    slug            TEXT        NOT NULL,
    sapo            TEXT        NOT NULL DEFAULT '',
    body            TEXT        NOT NULL DEFAULT '',
    byline          TEXT        NOT NULL DEFAULT '',
    seo_description TEXT,
    status          TEXT        NOT NULL
        CHECK (status IN ('DRAFT', 'IN_REVIEW', 'SCHEDULED', 'PUBLISHED', 'UNPUBLISHED')),
    published_at    TIMESTAMPTZ,
    -- the public "Cập nhật" time: the last published change
    updated_at      TIMESTAMPTZ,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    modified_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    version         INT         NOT NULL DEFAULT 0,
    CHECK (status <> 'PUBLISHED' OR (published_at IS NOT NULL AND updated_at IS NOT NULL))
);

CREATE INDEX articles_published_idx ON articles (published_at DESC) WHERE status = 'PUBLISHED';
CREATE INDEX articles_section_published_idx ON articles (section_id, published_at DESC) WHERE status = 'PUBLISHED';
