-- A photograph's pixels, subject and consultation never change; it is taken or voided only while its consultation
-- is a draft, so a signed consultation's photographs are as fixed as its note (V70). The H2 twin is
-- SignedPhotoGuard.
create or replace function consultation_photo_guard() returns trigger language plpgsql as $$
declare
    consultation_status varchar(20);
begin
    select status into consultation_status from consultation where id = new.consultation_id;
    if tg_op = 'UPDATE' and (new.consultation_id is distinct from old.consultation_id
            or new.uuid is distinct from old.uuid or new.subject is distinct from old.subject
            or new.media_type is distinct from old.media_type or new.width_px is distinct from old.width_px
            or new.height_px is distinct from old.height_px or new.image is distinct from old.image
            or new.thumbnail is distinct from old.thumbnail or (old.voided and not new.voided)) then
        raise exception 'photograph % never changes: it is only voided', old.uuid using errcode = 'check_violation';
    end if;
    if consultation_status is distinct from 'DRAFT' and (tg_op = 'INSERT' or new.voided is distinct from old.voided) then
        raise exception 'consultation of photograph % is signed: its photographs are read-only', new.uuid
            using errcode = 'check_violation';
    end if;
    return new;
end;
$$;
create trigger consultation_photo_guard before insert or update on consultation_photo
    for each row execute function consultation_photo_guard();
