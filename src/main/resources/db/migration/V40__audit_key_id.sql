-- The audit chain is keyed (issue 15): from now on each event's hash is an HMAC-SHA256 under a secret key held in
-- the server's configuration, never in the database (ConfiguredAuditKeys), and key_id names the key, so that after
-- a rotation the old events are still checked with theirs. Whoever can write this table but lacks the key can no
-- longer change an event and recompute the chain: the verifier reports it. Events written before this migration
-- keep a null key_id and their plain SHA-256; the first keyed event's hash covers the last of them.
alter table audit_event add column key_id varchar(40);
