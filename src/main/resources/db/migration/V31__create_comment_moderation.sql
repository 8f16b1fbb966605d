-- Every edit the newsroom makes, before and after, so the change stays viewable as a diff.
CREATE TABLE comment_edits (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    comment_id BIGINT      NOT NULL REFERENCES comments (id) ON DELETE CASCADE,
    before     TEXT        NOT NULL,
    after      TEXT        NOT NULL,
    editor     TEXT        NOT NULL,
    edited_at  TIMESTAMPTZ NOT NULL
);

CREATE INDEX comment_edits_comment_idx ON comment_edits (comment_id, edited_at);

-- Who did what to a comment, and when: the moderation history shown beside each comment.
CREATE TABLE comment_actions (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    comment_id BIGINT REFERENCES comments (id) ON DELETE CASCADE,
    actor      TEXT        NOT NULL,
    action     TEXT        NOT NULL,
    details    TEXT        NOT NULL DEFAULT '',
    at         TIMESTAMPTZ NOT NULL
);

CREATE INDEX comment_actions_comment_idx ON comment_actions (comment_id, at);

-- "Tòa soạn trả lời": the newsroom's answers, shown under an approved comment.
CREATE TABLE comment_replies (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    comment_id BIGINT      NOT NULL REFERENCES comments (id) ON DELETE CASCADE,
    content    TEXT        NOT NULL,
    author     TEXT        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL
);

CREATE INDEX comment_replies_comment_idx ON comment_replies (comment_id, created_at);

-- Blocked e-mail addresses and IPs: their later comments are held for an editor or refused.
CREATE TABLE comment_blocks (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind       TEXT        NOT NULL CHECK (kind IN ('EMAIL', 'IP')),
    value      TEXT        NOT NULL,
    action     TEXT        NOT NULL CHECK (action IN ('HOLD', 'REFUSE')),
    created_by TEXT        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    UNIQUE (kind, value)
);
