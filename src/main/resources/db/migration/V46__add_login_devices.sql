-- Login throttling after OWASP's device cookies: a browser or API client that has logged in to an account before
-- carries a signed cookie naming that account, and its failures count against that device alone; failures from
-- unknown clients count against the account for unknown clients only, and against their address.
-- The device cookie's nonce, or NULL for a client without a valid one.
ALTER TABLE login_failures ADD COLUMN device TEXT;

CREATE INDEX login_failures_device_idx ON login_failures (device, failed_at) WHERE device IS NOT NULL;

-- Keys every node shares, such as the one that signs device cookies; made by the first node that needs one.
CREATE TABLE login_secrets (
    name   TEXT  PRIMARY KEY,
    secret BYTEA NOT NULL
);
