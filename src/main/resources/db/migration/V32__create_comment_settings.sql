-- Settings an admin edits in the newsroom, such as the notice above the comment form.
CREATE TABLE comment_settings (
    key        TEXT PRIMARY KEY,
    value      TEXT        NOT NULL,
    updated_by TEXT        NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);

-- Word lists matched on whole syllables: REJECT refuses the comment, HOLD flags it for the editor.
-- EXACT compares after NFC and case folding (a rule "ngu" leaves "ngủ", "Nguyễn" and "nguồn" alone);
-- FOLDED also drops the marks, for words readers spell without them.
CREATE TABLE comment_word_rules (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    phrase     TEXT        NOT NULL,
    action     TEXT        NOT NULL CHECK (action IN ('REJECT', 'HOLD')),
    match      TEXT        NOT NULL CHECK (match IN ('EXACT', 'FOLDED')),
    created_by TEXT        NOT NULL DEFAULT 'system',
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (phrase, match)
);

INSERT INTO comment_word_rules (phrase, action, match) VALUES
    ('địt', 'REJECT', 'EXACT'),
    ('đụ', 'REJECT', 'EXACT'),
    ('lồn', 'REJECT', 'EXACT'),
    ('cặc', 'REJECT', 'EXACT'),
    ('đéo', 'REJECT', 'EXACT'),
    ('đm', 'REJECT', 'EXACT'),
    ('vcl', 'REJECT', 'FOLDED'),
    ('dmm', 'REJECT', 'FOLDED'),
    ('clgt', 'REJECT', 'FOLDED'),
    ('ngu', 'HOLD', 'EXACT'),
    ('óc chó', 'HOLD', 'EXACT'),
    ('mất dạy', 'HOLD', 'EXACT'),
    ('lừa đảo', 'HOLD', 'EXACT'),
    ('phản động', 'HOLD', 'EXACT'),
    ('bò đỏ', 'HOLD', 'EXACT'),
    ('ba que', 'HOLD', 'FOLDED'),
    ('cho chet', 'HOLD', 'FOLDED');
