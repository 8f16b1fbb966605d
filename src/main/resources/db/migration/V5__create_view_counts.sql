-- Kept apart from articles so that counting views never rewrites an article row.
CREATE TABLE article_views (
    article_id BIGINT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    views      BIGINT NOT NULL DEFAULT 0
);

-- Per day in Vietnam time, for "Đọc nhiều" (most read) over a day or a week.
CREATE TABLE article_daily_views (
    article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    day        DATE   NOT NULL,
    views      BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (article_id, day)
);

CREATE INDEX article_daily_views_day_idx ON article_daily_views (day);
