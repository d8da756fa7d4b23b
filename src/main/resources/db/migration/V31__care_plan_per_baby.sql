-- Twins and the printed plan (issue 13): a step of the care plan and the supplementation plan may be for one
-- baby rather than every baby seen. The baby is named by uuid, as the flags name theirs (consultation_flag):
-- null means every baby seen at the visit (and the mother, for her own steps), which is what every plan
-- written before this migration meant.
alter table care_plan_intervention add column infant_uuid uuid;
alter table care_plan_intervention_aud add column infant_uuid uuid;
alter table consultation add column supplement_infant_uuid uuid;
alter table consultation_aud add column supplement_infant_uuid uuid;
