-- Personal API tokens: sent as "Authorization: Bearer ...", stored only as the SHA-256 of the token (256 random
-- bits, so a fast hash is enough: nothing to guess), shown once when made.
CREATE TABLE api_tokens (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id   BIGINT      NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    name         TEXT        NOT NULL,
    token_hash   TEXT        NOT NULL UNIQUE,
    -- what the token may do besides what the account's role allows: read, articles:write, comments:moderate
    scopes       TEXT[]      NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL,
    expires_at   TIMESTAMPTZ,
    -- written at most once a minute per token
    last_used_at TIMESTAMPTZ,
    revoked_at   TIMESTAMPTZ,
    revoked_by   TEXT
);

CREATE INDEX api_tokens_account_idx ON api_tokens (account_id, created_at DESC);
