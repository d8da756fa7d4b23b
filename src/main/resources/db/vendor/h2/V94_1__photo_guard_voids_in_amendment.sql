-- SignedPhotoGuard now also reads voided_in_amendment (V94): created again so that it learns the table's columns
-- afresh. The PostgreSQL twin is V94_1's consultation_photo_guard.
drop trigger consultation_photo_guard;
create trigger consultation_photo_guard before insert, update on consultation_photo for each row
    call 'org.lactationclinic.infrastructure.persistence.SignedPhotoGuard';
