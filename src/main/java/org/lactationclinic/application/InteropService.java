package org.lactationclinic.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;
import org.lactationclinic.domain.audit.AuditActionType;
import org.lactationclinic.domain.audit.AuditRecordType;
import org.lactationclinic.domain.consultation.Consultation;
import org.lactationclinic.domain.dyad.Infant;
import org.lactationclinic.domain.dyad.Mother;
import org.lactationclinic.domain.referral.ImportedWeight;
import org.lactationclinic.domain.shared.RecordNotFoundException;
import org.lactationclinic.domain.staff.RoleType;
import org.lactationclinic.infrastructure.fhir.ClinicFhir;
import org.lactationclinic.infrastructure.fhir.FhirRecordExport;
import org.lactationclinic.infrastructure.repository.ConsultationRepository;
import org.lactationclinic.infrastructure.repository.MotherRepository;
import org.lactationclinic.infrastructure.repository.ReferralRepository;

/**
 * FHIR out (issue 14): a mother's record as an R4 Bundle (with each consultation's letter and take-home plan as PDF), a
 * Patient read, a search by identifier. For consultants and for other systems' accounts (INTEGRATION). Every answer is
 * recorded on the audit trail as a view or an export of the mother's record. Resources are encoded here, inside the
 * transaction, because the export walks lazy collections (findings, feeds, the care plan).
 */
@Stateless
@RolesAllowed({RoleType.CONSULTANT_ROLE, RoleType.INTEGRATION_ROLE})
public class InteropService {

    @Inject
    private MotherRepository mothers;

    @Inject
    private ConsultationRepository consultations;

    @Inject
    private ReferralRepository referrals;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private PrintService print;

    /** Her whole record as JSON: COLLECTION for a download, SEARCHSET for {@code $everything}. */
    public String exportMother(@NotNull UUID motherUuid, @NotNull String baseUrl, @NotNull Bundle.BundleType type) {
        Mother mother = mothers.findByUuid(motherUuid)
                .filter(found -> !found.isVoided())
                .orElseThrow(() -> new RecordNotFoundException("Mother", motherUuid));
        List<Consultation> visits = consultations.listForMother(mother).stream()
                .map(consultations::withCharting)
                .toList();
        List<FhirRecordExport.Document> documents = visits.stream()
                .flatMap(visit -> print.forExport(visit).stream())
                .toList();
        List<ImportedWeight> importedWeights = mother.getActiveInfants().stream()
                .flatMap(infant -> referrals.importedWeightsOf(infant).stream())
                .toList();
        Bundle bundle = FhirRecordExport.of(mother, visits, documents, importedWeights, baseUrl, clock.getZone(), type);
        audit.record(
                AuditActionType.EXPORT,
                AuditRecordType.MOTHER,
                motherUuid,
                "FHIR " + (type == Bundle.BundleType.SEARCHSET ? "$everything" : "export") + ", "
                        + bundle.getEntry().size() + " resources");
        return ClinicFhir.json().encodeResourceToString(bundle);
    }

    /** The Patient of a mother, or of an infant (with her record's uuid), as JSON; empty when there is none. */
    public Optional<String> readPatient(@NotNull UUID uuid) {
        Optional<Mother> mother = mothers.findByUuid(uuid).filter(found -> !found.isVoided());
        if (mother.isPresent()) {
            audit.record(AuditActionType.VIEW, AuditRecordType.MOTHER, uuid, "FHIR Patient read");
            return Optional.of(ClinicFhir.json().encodeResourceToString(FhirRecordExport.patientOf(mother.get())));
        }
        Optional<Infant> infant = mothers.findInfantByUuid(uuid)
                .filter(found -> !found.isVoided() && !found.getMother().isVoided());
        if (infant.isPresent()) {
            Mother hers = mothers.findByUuid(infant.get().getMother().getUuid()).orElseThrow();
            audit.recordForMother(
                    AuditActionType.VIEW, AuditRecordType.INFANT, uuid, hers.getUuid(), "FHIR Patient read");
            Bundle bundle =
                    FhirRecordExport.of(hers, List.of(), "urn:x", clock.getZone(), Bundle.BundleType.COLLECTION);
            Patient patient = bundle.getEntry().stream()
                    .map(Bundle.BundleEntryComponent::getResource)
                    .filter(Patient.class::isInstance)
                    .map(Patient.class::cast)
                    .filter(found -> found.getIdElement().getIdPart().equals(uuid.toString()))
                    .findFirst()
                    .orElseThrow();
            return Optional.of(ClinicFhir.json().encodeResourceToString(patient));
        }
        return Optional.empty();
    }

    /** The mothers with this identifier (on her or on one of her babies), as a searchset Bundle of their Patients. */
    public String searchPatients(String system, @NotNull String value, @NotNull String baseUrl) {
        List<Mother> found =
                mothers.findByIdentifier(system == null || system.isBlank() ? null : system.strip(), value.strip());
        Bundle bundle = new Bundle();
        bundle.setType(Bundle.BundleType.SEARCHSET);
        bundle.setTotal(found.size());
        String base = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        for (Mother mother : found) {
            Patient patient = FhirRecordExport.patientOf(mother);
            bundle.addEntry()
                    .setFullUrl(base + "Patient/" + mother.getUuid())
                    .setResource(patient)
                    .getSearch()
                    .setMode(Bundle.SearchEntryMode.MATCH);
            audit.record(
                    AuditActionType.VIEW,
                    AuditRecordType.MOTHER,
                    mother.getUuid(),
                    "FHIR Patient search by identifier");
        }
        return ClinicFhir.json().encodeResourceToString(bundle);
    }
}
