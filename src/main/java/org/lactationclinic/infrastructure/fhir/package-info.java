/**
 * FHIR R4 on HAPI FHIR's model and parser: {@link org.lactationclinic.infrastructure.fhir.FhirRecordExport} turns a
 * mother's record into a Bundle, {@link org.lactationclinic.infrastructure.fhir.ClinicFhir} holds the one
 * {@code FhirContext} (costly to build, safe to share) and the code systems. FHIR in:
 * {@link org.lactationclinic.infrastructure.fhir.ReferralReader} reads a referral, as senders really write it, into the
 * domain's {@link org.lactationclinic.domain.referral.SentReferral}, and
 * {@link org.lactationclinic.infrastructure.fhir.ReferralImport} makes the referral as stored and a new mother from it.
 * docs/interoperability.md lists the resources and codes.
 */
package org.lactationclinic.infrastructure.fhir;
