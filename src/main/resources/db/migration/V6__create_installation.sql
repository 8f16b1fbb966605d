-- The first start of this database. Demo content is loaded then or never: a later start told to load it (a service
-- file written without TOASOAN_DEMO_CONTENT=false, say) must not fill a production paper with it.
CREATE TABLE installation (
    singleton        BOOLEAN     PRIMARY KEY DEFAULT true CHECK (singleton),
    first_started_at TIMESTAMPTZ NOT NULL
);

-- A database upgraded to this release has had its first start: it has sections or an account.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM sections) THEN
        INSERT INTO installation (first_started_at) VALUES (now());
    ELSIF to_regclass('accounts') IS NOT NULL THEN
        EXECUTE 'INSERT INTO installation (first_started_at) SELECT now() WHERE EXISTS (SELECT 1 FROM accounts)';
    END IF;
END
$$;
