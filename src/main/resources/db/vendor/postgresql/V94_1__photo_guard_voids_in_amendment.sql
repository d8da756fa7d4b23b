-- V70_1's guard, now with the void through an amendment (V94): a photograph's pixels, subject and consultation never
-- change and a void is never undone nor rewritten (its reason, who and when); it is taken only while its consultation is a draft; it is voided either while
-- the consultation is a draft (no amendment number) or, once signed, with the number of the consultation's latest
-- amendment, which the application writes in the same transaction just before (consultation_signed_guard lets
-- amendment_count move only with an amendment). The amendment number, once written, never changes. The H2 twin is
-- SignedPhotoGuard.
create or replace function consultation_photo_guard() returns trigger language plpgsql as $$
declare
    consultation_status varchar(20);
    consultation_amendments integer;
begin
    select status, amendment_count into consultation_status, consultation_amendments
        from consultation where id = new.consultation_id;
    if tg_op = 'UPDATE' and (new.consultation_id is distinct from old.consultation_id
            or new.uuid is distinct from old.uuid or new.subject is distinct from old.subject
            or new.media_type is distinct from old.media_type or new.width_px is distinct from old.width_px
            or new.height_px is distinct from old.height_px or new.image is distinct from old.image
            or new.thumbnail is distinct from old.thumbnail or (old.voided and not new.voided)
            or (old.voided and (new.void_reason is distinct from old.void_reason
                or new.voided_by is distinct from old.voided_by or new.voided_at is distinct from old.voided_at))
            or (new.voided_in_amendment is distinct from old.voided_in_amendment
                and not (new.voided and not old.voided))) then
        raise exception 'photograph % never changes: it is only voided', old.uuid using errcode = 'check_violation';
    end if;
    if tg_op = 'INSERT' and (consultation_status is distinct from 'DRAFT' or new.voided_in_amendment is not null) then
        raise exception 'consultation of photograph % is signed: its photographs are read-only', new.uuid
            using errcode = 'check_violation';
    end if;
    if tg_op = 'UPDATE' and new.voided and not old.voided and (
            (consultation_status = 'DRAFT' and new.voided_in_amendment is not null)
            or (consultation_status is distinct from 'DRAFT'
                and new.voided_in_amendment is distinct from consultation_amendments)) then
        raise exception 'consultation of photograph % is signed: a photograph is voided only by its latest amendment',
            new.uuid using errcode = 'check_violation';
    end if;
    return new;
end;
$$;
