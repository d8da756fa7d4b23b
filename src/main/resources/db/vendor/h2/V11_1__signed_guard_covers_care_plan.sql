-- The guard of V10 also holds the care plan's columns on the consultation row (V11). SignedConsultationGuard
-- reads the table's columns when the trigger is created, so create it again now that they exist.
drop trigger consultation_signed_guard;
create trigger consultation_signed_guard before update on consultation for each row
    call 'org.lactationclinic.infrastructure.persistence.SignedConsultationGuard';
