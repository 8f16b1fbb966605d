-- Newsroom accounts. The e-mail address (lower case) is the login name and the principal's name.
CREATE TABLE accounts (
    id                   BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email                TEXT        NOT NULL UNIQUE CHECK (email = lower(email)),
    display_name         TEXT        NOT NULL,
    -- Spring Security's delegating format, e.g. {bcrypt}$2a$...
    password_hash        TEXT        NOT NULL,
    role                 TEXT        NOT NULL CHECK (role IN ('REPORTER', 'EDITOR', 'ADMIN')),
    status               TEXT        NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'DISABLED')),
    -- a generated or reset password must be replaced at the next login
    password_state       TEXT        NOT NULL DEFAULT 'CHOSEN' CHECK (password_state IN ('CHOSEN', 'TEMPORARY')),
    created_at           TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_login_at        TIMESTAMPTZ
);

-- Failed logins, for throttling by account and by address. Old rows are purged regularly.
CREATE TABLE login_failures (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email      TEXT        NOT NULL,
    address    TEXT        NOT NULL,
    failed_at  TIMESTAMPTZ NOT NULL
);

CREATE INDEX login_failures_email_idx ON login_failures (email, failed_at);
CREATE INDEX login_failures_address_idx ON login_failures (address, failed_at);
