-- The guard also holds the baby the supplementation plan is for (V31). SignedConsultationGuard reads the
-- table's columns when the trigger is created, so create it again now that the column exists.
drop trigger consultation_signed_guard;
create trigger consultation_signed_guard before update on consultation for each row
    call 'org.lactationclinic.infrastructure.persistence.SignedConsultationGuard';
