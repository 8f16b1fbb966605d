-- Readers' letters from the contact page (/lien-he), kept for the newsroom until an editor marks them handled.
-- The sender is counted by ip_key (an IPv6 reader by their /64) and e-mail, as comments are; the full address is not
-- kept.
CREATE TABLE contact_messages (
    id          BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        TEXT        NOT NULL,
    email       TEXT        NOT NULL,
    phone       TEXT        NOT NULL,
    subject     TEXT        NOT NULL,
    message     TEXT        NOT NULL,
    flags       TEXT[]      NOT NULL DEFAULT '{}',
    ip_key      TEXT        NOT NULL,
    fingerprint TEXT        NOT NULL,
    status      TEXT        NOT NULL DEFAULT 'NEW' CHECK (status IN ('NEW', 'HANDLED')),
    received_at TIMESTAMPTZ NOT NULL,
    handled_by  TEXT,
    handled_at  TIMESTAMPTZ
);

CREATE INDEX contact_messages_status ON contact_messages (status, received_at DESC);
CREATE INDEX contact_messages_ip_key ON contact_messages (ip_key, received_at);
CREATE INDEX contact_messages_email ON contact_messages (email, received_at);
