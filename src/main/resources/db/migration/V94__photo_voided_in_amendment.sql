-- A photograph of a signed consultation attached in error (the wrong mother, taken without her consent) is voided
-- through an amendment of the consultation (ConsultationPhoto.voidInAmendment): it keeps the number of that
-- amendment (consultation.amendment_count once the amendment is made; 1 for the first). Null for a photograph voided
-- while its consultation was a draft, or not voided. The guards (V94_1 on PostgreSQL, SignedPhotoGuard on H2) let a
-- signed consultation's photograph be voided only with the number of the consultation's latest amendment.
alter table consultation_photo add column voided_in_amendment integer;
alter table consultation_photo add constraint consultation_photo_amendment_voids check (
    voided_in_amendment is null or (voided and voided_in_amendment >= 1));
alter table consultation_photo_aud add column voided_in_amendment integer;
