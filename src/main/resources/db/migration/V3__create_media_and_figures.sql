CREATE TABLE media_images (
    id            UUID PRIMARY KEY,
    original_name TEXT        NOT NULL DEFAULT '',
    width         INT         NOT NULL,
    height        INT         NOT NULL,
    -- the resized widths stored beside the original, for srcset
    widths        INT[]       NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE figures (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    -- the figure stands after this many body paragraphs (0: before the body)
    position   INT    NOT NULL DEFAULT 0,
    image_id   UUID REFERENCES media_images (id),
    caption    TEXT   NOT NULL DEFAULT '',
    credit     TEXT   NOT NULL DEFAULT '',
    alt        TEXT   NOT NULL DEFAULT ''
);

CREATE INDEX figures_article_idx ON figures (article_id, position);
