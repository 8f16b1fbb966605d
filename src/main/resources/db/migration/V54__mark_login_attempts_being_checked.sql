-- An attempt is written before its password is checked. While the check runs it is not yet a failure: a script that
-- sends several requests at once with the right password must not slow itself down. Only attempts whose check failed
-- count towards slowing a client down; attempts still being checked count only against a race of many at once.
ALTER TABLE login_failures ADD COLUMN checking BOOLEAN NOT NULL DEFAULT FALSE;
