-- Every change that the caches and search index of every app node must hear of, in the order the changes committed
-- (see platform.ChangeFeed): each node reads the rows after the last it saw when PostgreSQL notifies it, and after it
-- reconnects. Rows older than a day are pruned.
CREATE TABLE change_feed (
    seq BIGSERIAL PRIMARY KEY,
    kind TEXT NOT NULL,
    subject BIGINT NOT NULL DEFAULT 0,
    at TIMESTAMPTZ NOT NULL DEFAULT now()
);
