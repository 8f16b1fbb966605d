-- The key that signs preview links, shared by every application node through the database. It is made by the first
-- node that needs it; deleting the row makes every preview link handed out so far stop working.
CREATE TABLE preview_key (
    singleton  BOOLEAN     PRIMARY KEY DEFAULT true CHECK (singleton),
    secret     BYTEA       NOT NULL CHECK (length(secret) >= 32),
    created_at TIMESTAMPTZ NOT NULL
);
