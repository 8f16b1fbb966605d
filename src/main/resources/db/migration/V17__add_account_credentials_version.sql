-- Goes up whenever an account's password is changed or reset: newsroom sessions opened before that end at their next
-- request, so a lost laptop or a leaked password stops working once the password is replaced.
ALTER TABLE accounts ADD COLUMN credentials_version INTEGER NOT NULL DEFAULT 1;
