-- A referral posted again (an integration retrying after a time-out, a file uploaded twice) must not wait in the
-- inbox twice (issue 14). The SHA-256 of the text as received finds it; referrals stored before this migration have
-- none and are simply not matched.
alter table referral add column payload_sha256 varchar(64);
create index referral_payload_sha256 on referral (payload_sha256);
