-- A photograph's pixels, subject and consultation never change; it is taken or voided only while its consultation
-- is a draft (V70). The PostgreSQL twin is the trigger function consultation_photo_guard.
create trigger consultation_photo_guard before insert, update on consultation_photo for each row
    call 'org.lactationclinic.infrastructure.persistence.SignedPhotoGuard';
