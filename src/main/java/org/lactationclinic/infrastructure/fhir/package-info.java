/**
 * FHIR R4 on HAPI FHIR's model and parser: {@link org.lactationclinic.infrastructure.fhir.FhirRecordExport} turns a
 * mother's record into a Bundle, {@link org.lactationclinic.infrastructure.fhir.ClinicFhir} holds the one
 * {@code FhirContext} (costly to build, safe to share) and the code systems. docs/interoperability.md lists the
 * resources and codes.
 */
package org.lactationclinic.infrastructure.fhir;
