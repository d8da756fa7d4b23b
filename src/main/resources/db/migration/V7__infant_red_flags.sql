-- What the consultant observes of an infant's red flags (clinical-reference.md, section 4): temperature,
-- lethargy, dark urine or urate crystals, significant jaundice.

alter table infant_findings add column temperature_c numeric(3, 1);
alter table infant_findings add column lethargic boolean not null default false;
alter table infant_findings add column dark_urine boolean not null default false;
alter table infant_findings add column significant_jaundice boolean not null default false;
alter table infant_findings add constraint infant_findings_temperature check (temperature_c between 30.0 and 43.0);

alter table infant_findings_aud add column temperature_c numeric(3, 1);
alter table infant_findings_aud add column lethargic boolean;
alter table infant_findings_aud add column dark_urine boolean;
alter table infant_findings_aud add column significant_jaundice boolean;
