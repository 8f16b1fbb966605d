-- What rate limits count a sender by: the IPv4 address, or for IPv6 the /64 network, which one home or phone holds
-- whole and may take a fresh address from at will. Written by the application as PostgreSQL writes a cidr.
ALTER TABLE comments ADD COLUMN ip_key TEXT;

CREATE FUNCTION pg_temp.comment_ip_key(ip TEXT) RETURNS TEXT LANGUAGE plpgsql AS $$
BEGIN
    IF position(':' IN ip) = 0 OR position('.' IN ip) > 0 THEN
        RETURN lower(ip);
    END IF;
    RETURN network(set_masklen(ip::inet, 64))::text;
EXCEPTION WHEN others THEN
    RETURN lower(ip);
END
$$;

UPDATE comments SET ip_key = pg_temp.comment_ip_key(ip);

ALTER TABLE comments ALTER COLUMN ip_key SET NOT NULL;

DROP INDEX comments_ip_idx;
CREATE INDEX comments_ip_key_idx ON comments (ip_key, created_at DESC);
