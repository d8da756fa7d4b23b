package org.lactationclinic.infrastructure.fhir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DocumentReference;
import org.junit.jupiter.api.Test;
import org.lactationclinic.domain.consultation.ChartingContext;
import org.lactationclinic.domain.consultation.Consultation;
import org.lactationclinic.domain.settings.ClinicProfile;
import org.lactationclinic.domain.settings.ClinicThresholds;
import org.lactationclinic.infrastructure.printing.ClinicHeader;
import org.lactationclinic.infrastructure.printing.DocumentRenderer;
import org.lactationclinic.infrastructure.printing.PrintTexts;
import org.lactationclinic.infrastructure.printing.ProviderLetter;
import org.lactationclinic.infrastructure.printing.TakeHomePlan;

/**
 * The letter and the take-home plan in the FHIR export (issue 14): a DocumentReference each, with the PDF the printing
 * renders attached as base64, and the whole Bundle still passes base R4 ({@link FhirR4Check}).
 */
class FhirDocumentReferenceTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/London");

    @Test
    void export_shouldAttachTheLetterAndThePlanAsPdfAndPassBaseR4() throws Exception {
        Consultation visit = FhirRecordExportTest.family();
        ClinicProfile profile = new ClinicProfile();
        profile.change(
                "Riverside Lactation Clinic", "12 River Road, Springfield", "+1 555 0100", "care@riverside.example");
        ClinicHeader clinic = ClinicHeader.of(profile);
        ChartingContext context = new ChartingContext(ClinicThresholds.defaults(), Map.of());
        PrintTexts english = PrintTexts.in("en");
        byte[] letter = pdf(
                DocumentRenderer.PROVIDER_LETTER, english, "letter", ProviderLetter.of(visit, context, clinic, ZONE));
        byte[] plan =
                pdf(DocumentRenderer.TAKE_HOME_PLAN, english, "plan", TakeHomePlan.of(visit, context, clinic, english));
        List<FhirRecordExport.Document> documents = List.of(
                new FhirRecordExport.Document(
                        visit.getUuid(),
                        FhirRecordExport.DocumentType.PROVIDER_LETTER,
                        "Lactation consultation letter",
                        letter),
                new FhirRecordExport.Document(
                        visit.getUuid(), FhirRecordExport.DocumentType.TAKE_HOME_PLAN, "Your feeding plan", plan));

        Bundle bundle = FhirRecordExport.of(
                visit.getMother(),
                List.of(visit),
                documents,
                "https://clinic.example/fhir",
                ZONE,
                Bundle.BundleType.COLLECTION);

        assertEquals(List.of(), new FhirR4Check().bundleErrors(bundle));
        List<DocumentReference> references = bundle.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource)
                .filter(DocumentReference.class::isInstance)
                .map(DocumentReference.class::cast)
                .toList();
        assertEquals(
                List.of(FhirRecordExport.LOINC_CONSULT_NOTE, FhirRecordExport.LOINC_PLAN_OF_CARE_NOTE),
                references.stream()
                        .map(r -> r.getType().getCodingFirstRep().getCode())
                        .toList());
        for (DocumentReference reference : references) {
            assertEquals(
                    "Encounter/" + visit.getUuid(),
                    reference.getContext().getEncounterFirstRep().getReference());
            assertEquals(
                    "Patient/" + visit.getMother().getUuid(),
                    reference.getSubject().getReference());
            assertEquals(
                    "application/pdf",
                    reference.getContentFirstRep().getAttachment().getContentType());
        }

        // through JSON and back: base64 that gives the very PDF, with its size and SHA-1
        String json = ClinicFhir.json().encodeResourceToString(bundle);
        Bundle read = ClinicFhir.r4().newJsonParser().parseResource(Bundle.class, json);
        DocumentReference planReference = read.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource)
                .filter(DocumentReference.class::isInstance)
                .map(DocumentReference.class::cast)
                .filter(r -> r.getType().getCodingFirstRep().getCode().equals(FhirRecordExport.LOINC_PLAN_OF_CARE_NOTE))
                .findFirst()
                .orElseThrow();
        byte[] data = planReference.getContentFirstRep().getAttachment().getData();
        assertArrayEquals(plan, data);
        assertTrue(new String(Arrays.copyOf(data, 5), StandardCharsets.US_ASCII).startsWith("%PDF-"));
        assertEquals(
                plan.length, planReference.getContentFirstRep().getAttachment().getSize());
        assertArrayEquals(
                MessageDigest.getInstance("SHA-1").digest(plan),
                planReference.getContentFirstRep().getAttachment().getHash());
    }

    private static byte[] pdf(String template, PrintTexts texts, String variable, Object model) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("t", texts);
        variables.put(variable, model);
        variables.put("pdfUrl", "");
        variables.put("backUrl", "");
        variables.put("consented", false);
        variables.put("disclosure", org.lactationclinic.domain.consent.MaternalDisclosure.NONE);
        variables.put("consultationUuid", "x");
        return DocumentRenderer.get().pdf(template, texts.locale(), variables);
    }
}
