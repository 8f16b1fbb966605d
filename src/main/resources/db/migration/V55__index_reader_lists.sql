-- Reader lists are ordered by publication time, then id. With the id in the index too, a page of a list is read from
-- the index alone, in order: a deep page of a large section skips its OFFSET inside the index, without sorting or
-- visiting the rows it skips.
CREATE INDEX articles_published_order_idx ON articles (published_at DESC, id DESC) WHERE status = 'PUBLISHED';
CREATE INDEX articles_section_published_order_idx ON articles (section_id, published_at DESC, id DESC)
    WHERE status = 'PUBLISHED';
DROP INDEX articles_published_idx;
DROP INDEX articles_section_published_idx;

-- A tag's page sorts the tag's published articles by publication time: both read from indexes alone, without visiting
-- the thousands of rows a popular tag of a large archive has.
CREATE INDEX article_tags_tag_article_idx ON article_tags (tag_id, article_id);
DROP INDEX article_tags_tag_idx;
CREATE INDEX articles_published_id_idx ON articles (id) INCLUDE (published_at) WHERE status = 'PUBLISHED';
