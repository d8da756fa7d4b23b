-- The guard of V10/V11_1/V31_1 also holds the visit's "other" reason (V20), which it had left out: a signed
-- consultation's reasons change only through an amendment, like its note. H2's guard (SignedConsultationGuard)
-- reads every column of the table, so holds it already. Whoever adds a column to consultation adds it here too.

create or replace function consultation_signed_guard() returns trigger language plpgsql as $$
begin
    if old.status <> 'DRAFT' and (new.status = 'DRAFT'
            or new.amendment_count not in (old.amendment_count, old.amendment_count + 1)
            or (new.amendment_count = old.amendment_count and (
            new.status is distinct from old.status
            or new.self_harm_acknowledged_by is distinct from old.self_harm_acknowledged_by
            or new.self_harm_acknowledged_at is distinct from old.self_harm_acknowledged_at
            or new.type is distinct from old.type or new.started_at is distinct from old.started_at
            or new.mother_id is distinct from old.mother_id or new.consultant_id is distinct from old.consultant_id
            or new.signed_at is distinct from old.signed_at
            or new.subjective is distinct from old.subjective or new.objective is distinct from old.objective
            or new.assessment is distinct from old.assessment or new.plan is distinct from old.plan
            or new.epds_1 is distinct from old.epds_1 or new.epds_2 is distinct from old.epds_2
            or new.epds_3 is distinct from old.epds_3 or new.epds_4 is distinct from old.epds_4
            or new.epds_5 is distinct from old.epds_5 or new.epds_6 is distinct from old.epds_6
            or new.epds_7 is distinct from old.epds_7 or new.epds_8 is distinct from old.epds_8
            or new.epds_9 is distinct from old.epds_9 or new.epds_10 is distinct from old.epds_10
            or new.sleep_note is distinct from old.sleep_note or new.stress_note is distinct from old.stress_note
            or new.nutrition_note is distinct from old.nutrition_note
            or new.maternal_fever is distinct from old.maternal_fever
            or new.supplement_type is distinct from old.supplement_type
            or new.supplement_ml_per_feed is distinct from old.supplement_ml_per_feed
            or new.supplement_method is distinct from old.supplement_method
            or new.supplement_times_per_day is distinct from old.supplement_times_per_day
            or new.supplement_review_on is distinct from old.supplement_review_on
            or new.supplement_infant_uuid is distinct from old.supplement_infant_uuid
            or new.visit_reason_other is distinct from old.visit_reason_other
            or new.follow_up_date is distinct from old.follow_up_date
            or new.note_to_mother is distinct from old.note_to_mother))) then
        raise exception 'consultation % is signed: it changes only through an amendment', old.uuid
            using errcode = 'check_violation';
    end if;
    return new;
end;
$$;
