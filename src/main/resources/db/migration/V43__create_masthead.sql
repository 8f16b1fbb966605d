-- The paper's masthead, which the law asks every page's footer to show, edited by an administrator. One row, written
-- at the first save; until then the site shows what is missing rather than invent it.
CREATE TABLE masthead (
    singleton       BOOLEAN     PRIMARY KEY DEFAULT true CHECK (singleton),
    site_name       TEXT        NOT NULL,
    description     TEXT        NOT NULL,
    governing_body  TEXT        NOT NULL,
    licence         TEXT        NOT NULL,
    editor_in_chief TEXT        NOT NULL,
    deputies        TEXT        NOT NULL,
    address         TEXT        NOT NULL,
    phone           TEXT        NOT NULL,
    email           TEXT        NOT NULL,
    hotline         TEXT        NOT NULL,
    advertising     TEXT        NOT NULL,
    updated_by      TEXT        NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL
);

-- The logo and the site icon, re-encoded as PNG from the upload; favicon and app icons are drawn from the icon.
CREATE TABLE masthead_images (
    kind       TEXT        PRIMARY KEY CHECK (kind IN ('LOGO', 'ICON')),
    png        BYTEA       NOT NULL,
    width      INTEGER     NOT NULL,
    height     INTEGER     NOT NULL,
    updated_by TEXT        NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);
