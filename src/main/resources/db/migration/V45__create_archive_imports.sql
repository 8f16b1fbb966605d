-- import-archive: a paper's past brought in from WordPress (WXR) or scraped pages.

-- Where each imported article came from ('wxr:<site>#<post id>', 'page:<sha-256>'), written in the transaction that
-- inserts it, so that a run interrupted and started again never imports an article twice.
CREATE TABLE archive_sources (
    source      TEXT PRIMARY KEY,
    article_id  BIGINT      NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    imported_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- A WordPress export's attachments (for featured images), and each image already stored, by its address.
CREATE TABLE archive_attachments (
    site    TEXT   NOT NULL,
    wp_id   BIGINT NOT NULL,
    url     TEXT   NOT NULL,
    caption TEXT   NOT NULL DEFAULT '',
    PRIMARY KEY (site, wp_id)
);

CREATE TABLE archive_images (
    url      TEXT PRIMARY KEY,
    image_id UUID NOT NULL REFERENCES media_images (id) ON DELETE CASCADE
);

-- An imported article's old addresses, which answer 301 to its address here. The hash lets the reader site keep
-- every old address in memory at eight bytes each and ask the database only about the ones it holds.
CREATE TABLE article_old_paths (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    path       TEXT   NOT NULL UNIQUE,
    path_hash  BIGINT NOT NULL,
    article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE
);

CREATE INDEX article_old_paths_article_idx ON article_old_paths (article_id);
