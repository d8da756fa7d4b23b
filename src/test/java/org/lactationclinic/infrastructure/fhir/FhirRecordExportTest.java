package org.lactationclinic.infrastructure.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.lactationclinic.domain.assessment.BtatFrenulumAttachmentType;
import org.lactationclinic.domain.assessment.BtatTongueLiftType;
import org.lactationclinic.domain.assessment.BtatTongueProtrusionType;
import org.lactationclinic.domain.assessment.BtatTongueTipType;
import org.lactationclinic.domain.assessment.LatchComfortType;
import org.lactationclinic.domain.assessment.LatchGraspType;
import org.lactationclinic.domain.assessment.LatchHoldType;
import org.lactationclinic.domain.assessment.LatchNippleType;
import org.lactationclinic.domain.assessment.LatchSwallowingType;
import org.lactationclinic.domain.careplan.CarePlan;
import org.lactationclinic.domain.careplan.CarePlanGoal;
import org.lactationclinic.domain.careplan.GoalType;
import org.lactationclinic.domain.careplan.Intervention;
import org.lactationclinic.domain.careplan.PlannedIntervention;
import org.lactationclinic.domain.careplan.StandardInterventionType;
import org.lactationclinic.domain.charting.BreastSideType;
import org.lactationclinic.domain.charting.FeedObservation;
import org.lactationclinic.domain.charting.FeedPositionType;
import org.lactationclinic.domain.charting.FeedingStatusType;
import org.lactationclinic.domain.consultation.Consultation;
import org.lactationclinic.domain.consultation.ConsultationType;
import org.lactationclinic.domain.consultation.InfantFindings;
import org.lactationclinic.domain.dyad.Infant;
import org.lactationclinic.domain.dyad.Mother;
import org.lactationclinic.domain.dyad.PersonIdentifier;
import org.lactationclinic.domain.dyad.SexType;
import org.lactationclinic.domain.provider.Provider;
import org.lactationclinic.domain.shared.ConsultationFlag;
import org.lactationclinic.domain.staff.RoleType;
import org.lactationclinic.domain.staff.StaffUser;

class FhirRecordExportTest {

    private static final LocalDateTime BORN = LocalDateTime.of(2026, 11, 11, 6, 30);
    private static final LocalDateTime VISIT = LocalDateTime.of(2026, 11, 16, 10, 0);
    private static final String BASE = "https://clinic.example/lactation-clinic/fhir";

    private static final FhirR4Check CHECK = new FhirR4Check();

    @Test
    void export_shouldGiveEveryResourceWithItsCodesAndPassBaseR4() {
        Consultation visit = family();
        Bundle bundle = FhirRecordExport.of(
                visit.getMother(), List.of(visit), BASE, ZoneId.of("Europe/London"), Bundle.BundleType.COLLECTION);

        List<String> errors = CHECK.bundleErrors(bundle);
        assertEquals(List.of(), errors);

        List<String> types = bundle.getEntry().stream()
                .map(entry -> entry.getResource().fhirType())
                .distinct()
                .sorted()
                .toList();
        assertEquals(
                List.of(
                        "CarePlan",
                        "Encounter",
                        "Flag",
                        "Goal",
                        "Observation",
                        "Patient",
                        "Practitioner",
                        "QuestionnaireResponse",
                        "RelatedPerson"),
                types);

        Observation weight = observation(bundle, ClinicFhir.LOINC_BODY_WEIGHT);
        assertEquals(2760, ((Quantity) weight.getValue()).getValue().intValue());
        assertEquals("g", ((Quantity) weight.getValue()).getCode());
        assertEquals(
                3000,
                ((Quantity) observation(bundle, ClinicFhir.LOINC_BIRTH_WEIGHT).getValue())
                        .getValue()
                        .intValue());
        assertEquals(9, observation(bundle, "LATCH").getValueIntegerType().getValue());
        assertEquals(5, observation(bundle, "LATCH").getComponent().size());
        assertEquals(8, observation(bundle, "BTAT").getValueIntegerType().getValue());
        assertEquals(
                ClinicFhir.CLINIC_ASSESSMENT,
                observation(bundle, "BTAT").getCode().getCodingFirstRep().getSystem());
        assertEquals(
                0,
                observation(bundle, ClinicFhir.LOINC_EPDS_TOTAL)
                        .getValueIntegerType()
                        .getValue());
        assertTrue(observation(bundle, ClinicFhir.LOINC_EPDS_PANEL).hasHasMember());
        QuestionnaireResponse epds =
                resources(bundle, QuestionnaireResponse.class).getFirst();
        assertEquals(10, epds.getItem().size());

        Patient mother = resources(bundle, Patient.class).getFirst();
        assertTrue(mother.getIdentifier().stream()
                .anyMatch(
                        id -> "MRN-77".equals(id.getValue()) && "https://hospital.example/mrn".equals(id.getSystem())));
        Patient baby = resources(bundle, Patient.class).get(1);
        assertEquals(
                "Practitioner/" + visit.getInfants().getFirst().getDoctor().getUuid(),
                baby.getGeneralPractitionerFirstRep().getReference());
    }

    @Test
    void export_shouldLeaveOutVoidedConsultationsAndInfants() {
        Consultation visit = family();
        Infant twin =
                visit.getMother().addInfant(new Infant("Tobi", "Okafor", SexType.MALE, BORN.plusMinutes(9), 259, 2800));
        twin.voidRecord("Registered twice", "ana", java.time.Instant.now());
        visit.voidRecord("Wrong mother", "ana", java.time.Instant.now());

        Bundle bundle = FhirRecordExport.of(
                visit.getMother(), List.of(visit), BASE, ZoneId.of("UTC"), Bundle.BundleType.COLLECTION);

        assertEquals(2, resources(bundle, Patient.class).size(), "her and the one infant not voided");
        assertFalse(bundle.getEntry().stream()
                .anyMatch(entry -> entry.getResource().fhirType().equals("Encounter")));
        assertEquals(List.of(), CHECK.bundleErrors(bundle));
    }

    @Test
    void check_shouldFindAnErrorInABrokenResource() {
        // the checker itself can fail: an Observation without its required status and code
        Observation broken = new Observation();
        broken.setId("broken");
        broken.setValue(new Quantity().setValue(1).setCode("g")); // qty-3: a code needs a system
        List<String> errors = CHECK.errors(broken);
        assertTrue(errors.stream().anyMatch(error -> error.contains("Observation.status")), errors.toString());
        assertTrue(errors.stream().anyMatch(error -> error.contains("Observation.code")), errors.toString());
        assertTrue(errors.stream().anyMatch(error -> error.contains("qty-3")), errors.toString());
    }

    private static Observation observation(Bundle bundle, String code) {
        return resources(bundle, Observation.class).stream()
                .filter(observation ->
                        observation.getCode().getCodingFirstRep().getCode().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private static <T extends Resource> List<T> resources(Bundle bundle, Class<T> type) {
        return bundle.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource)
                .filter(type::isInstance)
                .map(type::cast)
                .toList();
    }

    /** A mother with her identifier, a baby with her doctor, and a visit with every kind of finding. */
    static Consultation family() {
        Mother mother = new Mother("Amara", "Okafor", LocalDate.of(1991, 4, 12));
        mother.setPhone("+44 20 7946 0123");
        mother.identifyAs(new PersonIdentifier("https://hospital.example/mrn", "MRN-77"));
        Infant maya = mother.addInfant(new Infant("Maya", "Okafor", SexType.FEMALE, BORN, 259, 3000));
        Provider doctor = new Provider("Dr Ruth Mensah");
        doctor.setPractice("Riverside Paediatrics");
        doctor.setNpi("1234567893");
        doctor.setFax("+44 20 7946 0999");
        maya.setDoctor(doctor);
        StaffUser ana = new StaffUser("ana", "Ana López, IBCLC", "hash", EnumSet.of(RoleType.CONSULTANT));
        Consultation consultation = Consultation.start(mother, List.of(maya), ana, ConsultationType.INITIAL, VISIT);

        InfantFindings today = new InfantFindings(consultation, maya);
        today.setWeightGrams(2760);
        today.setWeighedAt(VISIT);
        today.setFeedingStatus(FeedingStatusType.PARTIAL);
        FeedObservation feed = new FeedObservation(BreastSideType.LEFT, FeedPositionType.values()[0]);
        feed.setLatchGrasp(LatchGraspType.values()[LatchGraspType.values().length - 1]);
        feed.setLatchSwallowing(LatchSwallowingType.values()[LatchSwallowingType.values().length - 1]);
        feed.setLatchNipple(LatchNippleType.values()[LatchNippleType.values().length - 1]);
        feed.setLatchComfort(LatchComfortType.values()[LatchComfortType.values().length - 1]);
        feed.setLatchHold(LatchHoldType.values()[LatchHoldType.values().length - 2]);
        today.getFeeds().add(feed);
        today.getOral().setBtatTongueTip(BtatTongueTipType.values()[BtatTongueTipType.values().length - 1]);
        today.getOral()
                .setBtatFrenulumAttachment(
                        BtatFrenulumAttachmentType.values()[BtatFrenulumAttachmentType.values().length - 1]);
        today.getOral().setBtatTongueLift(BtatTongueLiftType.values()[BtatTongueLiftType.values().length - 1]);
        today.getOral()
                .setBtatTongueProtrusion(
                        BtatTongueProtrusionType.values()[BtatTongueProtrusionType.values().length - 1]);
        consultation.recordFindings(
                ana,
                VISIT,
                List.of(today),
                List.of(new ConsultationFlag(maya.getUuid(), "flag.weight.lossAbove10", "10.5", "ABM #3", true)));

        for (int item = 1; item <= 10; item++) {
            setEpds(consultation, item);
        }
        CarePlan plan = new CarePlan();
        plan.getGoals().add(new CarePlanGoal(GoalType.BACK_TO_BIRTH_WEIGHT_BY_DAY, 14, null));
        plan.getGoals().add(new CarePlanGoal(GoalType.OTHER, null, "Comfortable feeds"));
        plan.getInterventions()
                .add(PlannedIntervention.of(Intervention.standard(StandardInterventionType.PUMPING_SCHEDULE)));
        plan.setFollowUpOn(LocalDate.of(2026, 11, 23));
        consultation.recordCarePlan(ana, plan);
        return consultation;
    }

    /** The answer that scores 0 on every item (the first printed answer, or the last for reverse-scored items). */
    private static void setEpds(Consultation consultation, int item) {
        org.lactationclinic.domain.wellbeing.EpdsItemType type =
                org.lactationclinic.domain.wellbeing.EpdsItemType.values()[item - 1];
        int zeroScoring = type.score(0) == 0 ? 0 : 3;
        try {
            consultation
                    .getWellbeing()
                    .getClass()
                    .getMethod("setEpds" + item, Integer.class)
                    .invoke(consultation.getWellbeing(), zeroScoring);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
