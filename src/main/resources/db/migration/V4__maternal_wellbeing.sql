-- The mother's well-being at a consultation: EPDS answers as the printed position (0-3) of the answer she
-- chose, never scores (clinical-reference.md: store the chosen answer, derive the score); the acknowledgement
-- of a positive item 10; notes on sleep, stress, nutrition and hydration.

alter table consultation add column epds_1 integer;
alter table consultation add column epds_2 integer;
alter table consultation add column epds_3 integer;
alter table consultation add column epds_4 integer;
alter table consultation add column epds_5 integer;
alter table consultation add column epds_6 integer;
alter table consultation add column epds_7 integer;
alter table consultation add column epds_8 integer;
alter table consultation add column epds_9 integer;
alter table consultation add column epds_10 integer;
alter table consultation add column self_harm_acknowledged_by varchar(60);
alter table consultation add column self_harm_acknowledged_at timestamp with time zone;
alter table consultation add column sleep_note varchar(10000);
alter table consultation add column stress_note varchar(10000);
alter table consultation add column nutrition_note varchar(10000);
alter table consultation add constraint consultation_epds_answers check (epds_1 between 0 and 3 and epds_2 between 0 and 3 and epds_3 between 0 and 3 and epds_4 between 0 and 3 and epds_5 between 0 and 3 and epds_6 between 0 and 3 and epds_7 between 0 and 3 and epds_8 between 0 and 3 and epds_9 between 0 and 3 and epds_10 between 0 and 3);
alter table consultation add constraint consultation_self_harm_acknowledged check (
    (self_harm_acknowledged_by is null) = (self_harm_acknowledged_at is null));

alter table consultation_aud add column epds_1 integer;
alter table consultation_aud add column epds_2 integer;
alter table consultation_aud add column epds_3 integer;
alter table consultation_aud add column epds_4 integer;
alter table consultation_aud add column epds_5 integer;
alter table consultation_aud add column epds_6 integer;
alter table consultation_aud add column epds_7 integer;
alter table consultation_aud add column epds_8 integer;
alter table consultation_aud add column epds_9 integer;
alter table consultation_aud add column epds_10 integer;
alter table consultation_aud add column self_harm_acknowledged_by varchar(60);
alter table consultation_aud add column self_harm_acknowledged_at timestamp with time zone;
alter table consultation_aud add column sleep_note varchar(10000);
alter table consultation_aud add column stress_note varchar(10000);
alter table consultation_aud add column nutrition_note varchar(10000);
