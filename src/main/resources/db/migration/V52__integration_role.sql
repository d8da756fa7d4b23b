-- Issue 14: the INTEGRATION role, for another system's account on the /fhir endpoint.
alter table staff_user_role drop constraint staff_user_role_known;
alter table staff_user_role add constraint staff_user_role_known check (role in ('CONSULTANT', 'ADMIN', 'INTEGRATION'));
