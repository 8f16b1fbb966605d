-- Old addresses of renamed sections and tags answer 301 to the new ones.
CREATE TABLE section_slug_redirects (
    old_slug   TEXT PRIMARY KEY,
    section_id BIGINT      NOT NULL REFERENCES sections (id) ON DELETE CASCADE,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE tag_slug_redirects (
    old_slug   TEXT PRIMARY KEY,
    tag_id     BIGINT      NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
