-- Issue 15, point 5: an optional TOTP second factor per account (RFC 6238), and the clinic's switch that requires it
-- of admins. The secret is stored sealed (infrastructure.security.SecondFactorCipher), never in clear; the last step
-- used makes each code good once. Not in the history tables: like the password hash, never audited as a value.
alter table staff_user add column totp_secret varchar(200);
alter table staff_user add column totp_enrolled_at timestamp;
alter table staff_user add column totp_last_step bigint default 0 not null;

-- One row per clinic-wide security switch, by name; absent means off.
create table clinic_security_setting (
    name varchar(60) primary key,
    enabled boolean not null,
    changed_at timestamp not null,
    changed_by varchar(100) not null
);
