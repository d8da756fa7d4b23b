-- The rule of db/vendor/postgresql/V10 on H2: a signed consultation's row changes its clinical content
-- only in the update that records an amendment (see SignedConsultationGuard).
create trigger consultation_signed_guard before update on consultation for each row
    call 'org.lactationclinic.infrastructure.persistence.SignedConsultationGuard';
