-- Issue 15, point 4: the MONITORING role, for the account a monitoring system uses to read /metrics (HTTP Basic), no pages.
alter table staff_user_role drop constraint staff_user_role_known;
alter table staff_user_role add constraint staff_user_role_known check (role in ('CONSULTANT', 'ADMIN', 'INTEGRATION', 'MONITORING'));
