-- What editors place on the home page and on each section page: a lead story ("Tin tiêu điểm") and featured stories
-- ("Tin nổi bật") in order, until an optional expiry. Slots nobody filled show the newest articles.
CREATE TABLE front_pages (
    -- 'home', or 'section:' followed by the section's id
    page       TEXT        PRIMARY KEY,
    section_id BIGINT      REFERENCES sections (id) ON DELETE CASCADE,
    expires_at TIMESTAMPTZ,
    updated_at TIMESTAMPTZ NOT NULL,
    updated_by TEXT        NOT NULL
);

CREATE TABLE front_page_slots (
    page       TEXT   NOT NULL REFERENCES front_pages (page) ON DELETE CASCADE,
    -- 0 is the lead; featured stories follow from 1, in the order shown
    slot       INT    NOT NULL CHECK (slot >= 0),
    article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    PRIMARY KEY (page, slot),
    UNIQUE (page, article_id)
);

CREATE INDEX front_page_slots_article_idx ON front_page_slots (article_id);
