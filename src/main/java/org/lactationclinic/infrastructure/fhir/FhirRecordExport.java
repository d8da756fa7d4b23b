package org.lactationclinic.infrastructure.fhir;

import java.text.MessageFormat;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.ResourceBundle;
import java.util.UUID;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.hl7.fhir.r4.model.Resource;
import org.lactationclinic.domain.careplan.CarePlanGoal;
import org.lactationclinic.domain.charting.FeedObservation;
import org.lactationclinic.domain.consultation.Consultation;
import org.lactationclinic.domain.consultation.ConsultationStatus;
import org.lactationclinic.domain.consultation.InfantFindings;
import org.lactationclinic.domain.dyad.Infant;
import org.lactationclinic.domain.dyad.Mother;
import org.lactationclinic.domain.dyad.PersonIdentifier;
import org.lactationclinic.domain.dyad.SexType;
import org.lactationclinic.domain.provider.Npi;
import org.lactationclinic.domain.provider.Provider;
import org.lactationclinic.domain.referral.ImportedWeight;
import org.lactationclinic.domain.shared.ConsultationFlag;
import org.lactationclinic.domain.wellbeing.EpdsItemType;
import org.lactationclinic.domain.wellbeing.EpdsScreening;

/**
 * A mother's whole record as one FHIR R4 Bundle: Patient for her and for each infant, RelatedPerson (she is each baby's
 * mother), the babies' doctors as Practitioner, an Encounter per consultation, Observations (weights, birth weight,
 * breastfeeding status, EPDS panel and total, LATCH, BTAT and HATLFF totals with their items), the EPDS answers as a
 * QuestionnaireResponse, a Flag per raised flag, the care plan as CarePlan with its Goals, and the printed documents
 * given to it (the letter to the baby's doctor, the take-home plan) as DocumentReferences with the PDF attached.
 *
 * <p>What is left out and why: voided infants and consultations (registered in error, not part of her care); the
 * history of amended consultations (a receiver gets the current version, as the clinic's own pages show it). The caller
 * passes the consultations already filtered and with their charting loaded.
 *
 * <p>Ids are the clinic's uuids (with a prefix where one record gives several resources), so an export made twice gives
 * the same ids and a receiver can update rather than duplicate.
 */
public final class FhirRecordExport {

    private static final Locale TEXT_LOCALE = Locale.ENGLISH;

    private final String base;
    private final ZoneId zone;
    private final ResourceBundle texts;
    private final Bundle bundle = new Bundle();
    private final Map<UUID, String> infantRefs = new LinkedHashMap<>();
    private final List<Document> documents = new java.util.ArrayList<>();
    private String motherRef;

    private FhirRecordExport(String baseUrl, ZoneId zone) {
        this.base = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        this.zone = zone;
        this.texts = ResourceBundle.getBundle(
                "org.lactationclinic.web.messages",
                TEXT_LOCALE,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** LOINC 11488-4 Consult note: the letter to the baby's doctor. */
    public static final String LOINC_CONSULT_NOTE = "11488-4";
    /** LOINC 18776-5 Plan of care note: the take-home plan. */
    public static final String LOINC_PLAN_OF_CARE_NOTE = "18776-5";

    /** The kinds of printed document a consultation gives. */
    public enum DocumentType {
        PROVIDER_LETTER(LOINC_CONSULT_NOTE, "Consult note", "letter"),
        TAKE_HOME_PLAN(LOINC_PLAN_OF_CARE_NOTE, "Plan of care note", "take-home-plan");

        private final String loinc;
        private final String display;
        private final String idPrefix;

        DocumentType(String loinc, String display, String idPrefix) {
            this.loinc = loinc;
            this.display = display;
            this.idPrefix = idPrefix;
        }
    }

    /** A consultation's printed document, rendered as PDF by the caller (the printing's DocumentRenderer). */
    public record Document(UUID consultationUuid, DocumentType type, String title, byte[] pdf) {}

    /**
     * Her record without the printed documents.
     *
     * @see #of(Mother, List, List, String, ZoneId, Bundle.BundleType)
     */
    public static Bundle of(
            Mother mother,
            List<Consultation> consultations,
            String baseUrl,
            ZoneId zone,
            Bundle.BundleType bundleType) {
        return of(mother, consultations, List.of(), baseUrl, zone, bundleType);
    }

    /**
     * @param baseUrl the FHIR base the resources' full URLs start with (the /fhir endpoint's address)
     * @param documents the consultations' printed documents, each a DocumentReference with its PDF
     * @param consultations her consultations that are not voided, charting loaded
     * @param bundleType COLLECTION for a file, SEARCHSET for {@code $everything}
     */
    public static Bundle of(
            Mother mother,
            List<Consultation> consultations,
            List<Document> documents,
            String baseUrl,
            ZoneId zone,
            Bundle.BundleType bundleType) {
        return of(mother, consultations, documents, List.of(), baseUrl, zone, bundleType);
    }

    /**
     * @param importedWeights the babies' weights that came in with an accepted referral (not voided): part of her
     *     record, exported as body weights dated as sent, without an encounter of this clinic
     * @see #of(Mother, List, List, String, ZoneId, Bundle.BundleType)
     */
    public static Bundle of(
            Mother mother,
            List<Consultation> consultations,
            List<Document> documents,
            List<ImportedWeight> importedWeights,
            String baseUrl,
            ZoneId zone,
            Bundle.BundleType bundleType) {
        FhirRecordExport export = new FhirRecordExport(baseUrl, zone);
        export.documents.addAll(documents);
        export.bundle.setType(bundleType);
        export.bundle.setTimestamp(new Date());
        export.mother(mother);
        for (ImportedWeight weight : importedWeights) {
            export.importedWeight(weight);
        }
        for (Consultation consultation : consultations) {
            if (!consultation.isVoided()) {
                export.consultation(consultation);
            }
        }
        if (bundleType == Bundle.BundleType.SEARCHSET) {
            export.bundle.setTotal(export.bundle.getEntry().size());
            export.bundle.getEntry().forEach(entry -> entry.getSearch().setMode(Bundle.SearchEntryMode.MATCH));
        }
        return export.bundle;
    }

    /** Her Patient alone, as a read or a search by identifier answers. */
    public static Patient patientOf(Mother mother) {
        return motherPatient(mother);
    }

    private void mother(Mother mother) {
        motherRef = add(motherPatient(mother));
        for (Infant infant : mother.getActiveInfants()) {
            Patient patient = infantPatient(infant);
            if (infant.getDoctor() != null) {
                Practitioner doctor = practitioner(infant.getDoctor());
                if (bundle.getEntry().stream()
                        .noneMatch(entry -> entry.getResource()
                                .getIdElement()
                                .getIdPart()
                                .equals(doctor.getIdElement().getIdPart()))) {
                    add(doctor);
                }
                patient.addGeneralPractitioner(
                        new Reference("Practitioner/" + doctor.getIdElement().getIdPart())
                                .setDisplay(infant.getDoctor().getDisplayName()));
            }
            String infantRef = add(patient);
            infantRefs.put(infant.getUuid(), infantRef);

            RelatedPerson relation = new RelatedPerson();
            relation.setId("mother-" + infant.getUuid());
            relation.setActive(true);
            relation.setPatient(new Reference(infantRef));
            relation.addRelationship(new CodeableConcept(new Coding(ClinicFhir.V3_ROLE_CODE, "NMTH", "natural mother"))
                    .setText("Mother"));
            relation.addName(name(mother.getGivenName(), mother.getFamilyName()));
            relation.setBirthDateElement(date(mother.getDateOfBirth()));
            add(relation);

            Observation birthWeight = observation(
                    "birth-weight-" + infant.getUuid(),
                    infantRef,
                    null,
                    ClinicFhir.LOINC,
                    ClinicFhir.LOINC_BIRTH_WEIGHT,
                    "Birth weight Measured",
                    "vital-signs");
            birthWeight.setEffective(dateTime(infant.getBirthDateTime()));
            birthWeight.setValue(grams(infant.getBirthWeightGrams()));
            add(birthWeight);
        }
    }

    private static Patient motherPatient(Mother mother) {
        Patient patient = new Patient();
        patient.setId(mother.getUuid().toString());
        identify(patient, mother.getUuid(), mother.getIdentifiers());
        patient.setActive(!mother.isVoided());
        patient.addName(name(mother.getGivenName(), mother.getFamilyName()));
        patient.setGender(Enumerations.AdministrativeGender.FEMALE);
        patient.setBirthDateElement(date(mother.getDateOfBirth()));
        if (mother.getPhone() != null) {
            patient.addTelecom()
                    .setSystem(ContactPoint.ContactPointSystem.PHONE)
                    .setValue(mother.getPhone());
        }
        if (mother.getEmail() != null) {
            patient.addTelecom()
                    .setSystem(ContactPoint.ContactPointSystem.EMAIL)
                    .setValue(mother.getEmail());
        }
        patient.addCommunication()
                .setPreferred(true)
                .setLanguage(new CodeableConcept(new Coding("urn:ietf:bcp:47", mother.getPreferredLanguage(), null)));
        return patient;
    }

    private Patient infantPatient(Infant infant) {
        Patient patient = new Patient();
        patient.setId(infant.getUuid().toString());
        identify(patient, infant.getUuid(), infant.getIdentifiers());
        patient.setActive(true);
        patient.addName(name(infant.getGivenName(), infant.getFamilyName()));
        patient.setGender(
                infant.getSex() == SexType.FEMALE
                        ? Enumerations.AdministrativeGender.FEMALE
                        : Enumerations.AdministrativeGender.MALE);
        patient.setBirthDateElement(date(infant.getBirthDateTime().toLocalDate()));
        // the time of birth: day of life and the first days' hours are counted from it
        patient.getBirthDateElement()
                .addExtension(
                        "http://hl7.org/fhir/StructureDefinition/patient-birthTime",
                        dateTime(infant.getBirthDateTime()));
        patient.setMultipleBirth(new org.hl7.fhir.r4.model.BooleanType(infant.getMother() != null
                && infant.getMother().getActiveInfants().stream()
                                .filter(twin -> twin.getBirthDateTime()
                                        .toLocalDate()
                                        .equals(infant.getBirthDateTime().toLocalDate()))
                                .count()
                        > 1));
        return patient;
    }

    private static void identify(Patient patient, UUID uuid, List<PersonIdentifier> identifiers) {
        patient.addIdentifier()
                .setUse(Identifier.IdentifierUse.SECONDARY)
                .setSystem(ClinicFhir.CLINIC_RECORD_ID)
                .setValue(uuid.toString());
        for (PersonIdentifier identifier : identifiers) {
            patient.addIdentifier().setSystem(identifier.getSystem()).setValue(identifier.getValue());
        }
    }

    private static Practitioner practitioner(Provider provider) {
        Practitioner practitioner = new Practitioner();
        practitioner.setId(provider.getUuid().toString());
        practitioner.setActive(!provider.isRetired());
        if (provider.getNpi() != null) {
            practitioner.addIdentifier().setSystem(Npi.SYSTEM).setValue(provider.getNpi());
        }
        practitioner.addName().setText(provider.getName());
        if (provider.getPhone() != null) {
            practitioner
                    .addTelecom()
                    .setSystem(ContactPoint.ContactPointSystem.PHONE)
                    .setValue(provider.getPhone());
        }
        if (provider.getFax() != null) {
            practitioner
                    .addTelecom()
                    .setSystem(ContactPoint.ContactPointSystem.FAX)
                    .setValue(provider.getFax());
        }
        if (provider.getEmail() != null) {
            practitioner
                    .addTelecom()
                    .setSystem(ContactPoint.ContactPointSystem.EMAIL)
                    .setValue(provider.getEmail());
        }
        if (provider.getAddress() != null) {
            practitioner.addAddress(new Address().setText(provider.getAddress()));
        }
        return practitioner;
    }

    private void consultation(Consultation consultation) {
        String id = consultation.getUuid().toString();
        Encounter encounter = new Encounter();
        encounter.setId(id);
        encounter.setStatus(
                consultation.getStatus() == ConsultationStatus.DRAFT
                        ? Encounter.EncounterStatus.INPROGRESS
                        : Encounter.EncounterStatus.FINISHED);
        encounter.setClass_(new Coding(ClinicFhir.V3_ACT_CODE, "AMB", "ambulatory"));
        encounter.addType().setText(consultation.getType().name());
        encounter.setSubject(new Reference(motherRef));
        encounter.setPeriod(new Period().setStartElement(dateTime(consultation.getStartedAt())));
        String encounterRef = add(encounter);

        for (InfantFindings findings : consultation.getFindings()) {
            String infantRef = infantRefs.get(findings.getInfant().getUuid());
            if (infantRef == null) {
                continue; // a voided infant
            }
            LocalDateTime when =
                    findings.getWeighedAt() == null ? consultation.getStartedAt() : findings.getWeighedAt();
            String findingsId = findings.getUuid().toString();
            if (findings.getWeightGrams() != null) {
                Observation weight = observation(
                        "weight-" + findingsId,
                        infantRef,
                        encounterRef,
                        ClinicFhir.LOINC,
                        ClinicFhir.LOINC_BODY_WEIGHT,
                        "Body weight",
                        "vital-signs");
                weight.setEffective(dateTime(when));
                weight.setValue(grams(findings.getWeightGrams()));
                add(weight);
            }
            if (findings.getFeedingStatus() != null) {
                Observation status = observation(
                        "feeding-" + findingsId,
                        infantRef,
                        encounterRef,
                        ClinicFhir.LOINC,
                        ClinicFhir.LOINC_BREASTFEEDING_STATUS,
                        "Breastfeeding status",
                        "survey");
                status.setEffective(dateTime(consultation.getStartedAt()));
                status.setValue(new CodeableConcept(new Coding(
                        ClinicFhir.CLINIC_FEEDING_STATUS,
                        findings.getFeedingStatus().name(),
                        text("FeedingStatusType." + findings.getFeedingStatus().name()))));
                add(status);
            }
            List<FeedObservation> feeds = findings.getFeeds();
            for (int i = 0; i < feeds.size(); i++) {
                FeedObservation feed = feeds.get(i);
                int index = i;
                feed.latch().ifPresent(latch -> {
                    Observation score = observation(
                            "latch-" + findingsId + "-" + index,
                            infantRef,
                            encounterRef,
                            ClinicFhir.CLINIC_ASSESSMENT,
                            "LATCH",
                            "LATCH breastfeeding assessment total",
                            "exam");
                    score.setEffective(dateTime(consultation.getStartedAt()));
                    score.setValue(new IntegerType(latch.total()));
                    component(score, "LATCH-L", "Latch", latch.latch().score());
                    component(
                            score,
                            "LATCH-A",
                            "Audible swallowing",
                            latch.audibleSwallowing().score());
                    component(
                            score,
                            "LATCH-T",
                            "Type of nipple",
                            latch.typeOfNipple().score());
                    component(
                            score,
                            "LATCH-C",
                            "Comfort (breast/nipple)",
                            latch.comfort().score());
                    component(
                            score, "LATCH-H", "Hold (positioning)", latch.hold().score());
                    add(score);
                });
            }
            findings.getOral().btat().ifPresent(btat -> {
                Observation score = observation(
                        "btat-" + findingsId,
                        infantRef,
                        encounterRef,
                        ClinicFhir.CLINIC_ASSESSMENT,
                        "BTAT",
                        "Bristol Tongue Assessment Tool total",
                        "exam");
                score.setEffective(dateTime(consultation.getStartedAt()));
                score.setValue(new IntegerType(btat.total()));
                component(
                        score,
                        "BTAT-tip",
                        "Tongue tip appearance",
                        btat.tongueTip().score());
                component(
                        score,
                        "BTAT-attachment",
                        "Attachment of frenulum to lower gum ridge",
                        btat.frenulumAttachment().score());
                component(
                        score,
                        "BTAT-lift",
                        "Lift of tongue with mouth wide",
                        btat.tongueLift().score());
                component(
                        score,
                        "BTAT-protrusion",
                        "Protrusion of tongue",
                        btat.tongueProtrusion().score());
                add(score);
            });
            findings.getOral().hatlff().ifPresent(hatlff -> {
                Observation score = observation(
                        "hatlff-" + findingsId,
                        infantRef,
                        encounterRef,
                        ClinicFhir.CLINIC_ASSESSMENT,
                        "HATLFF",
                        "Hazelbaker Assessment Tool for Lingual Frenulum Function",
                        "exam");
                score.setEffective(dateTime(consultation.getStartedAt()));
                component(score, "HATLFF-appearance", "Appearance total", hatlff.appearanceTotal());
                component(score, "HATLFF-function", "Function total", hatlff.functionTotal());
                hatlff.appearance()
                        .forEach((item, value) ->
                                component(score, "HATLFF-appearance-" + item.name(), item.name(), value));
                hatlff.function()
                        .forEach((item, value) ->
                                component(score, "HATLFF-function-" + item.name(), item.name(), value));
                add(score);
            });
        }

        epds(consultation, encounterRef);
        flags(consultation, encounterRef);
        carePlan(consultation, encounterRef);
        for (Document document : documents) {
            if (document.consultationUuid().equals(consultation.getUuid())) {
                documentReference(consultation, document, encounterRef);
            }
        }
    }

    /**
     * A printed document: status current, typed by LOINC, about the mother (the letter names the babies inside), in the
     * consultation's Encounter, the PDF attached as base64 with its size and SHA-1 hash (R4's Attachment.hash).
     */
    private void documentReference(Consultation consultation, Document document, String encounterRef) {
        org.hl7.fhir.r4.model.DocumentReference reference = new org.hl7.fhir.r4.model.DocumentReference();
        reference.setId(document.type().idPrefix + "-" + consultation.getUuid());
        reference.setStatus(Enumerations.DocumentReferenceStatus.CURRENT);
        reference.setDocStatus(
                consultation.getStatus() == ConsultationStatus.DRAFT
                        ? org.hl7.fhir.r4.model.DocumentReference.ReferredDocumentStatus.PRELIMINARY
                        : org.hl7.fhir.r4.model.DocumentReference.ReferredDocumentStatus.FINAL);
        reference.setType(
                new CodeableConcept(new Coding(ClinicFhir.LOINC, document.type().loinc, document.type().display))
                        .setText(document.title()));
        reference.setSubject(new Reference(motherRef));
        reference.setDate(Date.from(consultation.getStartedAt().atZone(zone).toInstant()));
        reference.setDescription(document.title());
        reference.getContext().addEncounter(new Reference(encounterRef));
        org.hl7.fhir.r4.model.Attachment attachment = reference.addContent().getAttachment();
        attachment.setContentType("application/pdf");
        attachment.setLanguage(
                document.type() == DocumentType.TAKE_HOME_PLAN
                        ? consultation.getMother().getPreferredLanguage()
                        : "en");
        attachment.setData(document.pdf());
        attachment.setSize(document.pdf().length);
        attachment.setTitle(document.title());
        attachment.setCreationElement(dateTime(consultation.getStartedAt()));
        try {
            attachment.setHash(java.security.MessageDigest.getInstance("SHA-1").digest(document.pdf()));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-1", e);
        }
        add(reference);
    }

    private void epds(Consultation consultation, String encounterRef) {
        EpdsScreening screening = consultation.getWellbeing().screening();
        if (screening.answers().isEmpty()) {
            return;
        }
        String id = consultation.getUuid().toString();
        QuestionnaireResponse answers = new QuestionnaireResponse();
        answers.setId("epds-" + id);
        answers.setQuestionnaire(ClinicFhir.EPDS_QUESTIONNAIRE);
        answers.setStatus(
                screening.isComplete()
                        ? QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED
                        : QuestionnaireResponse.QuestionnaireResponseStatus.INPROGRESS);
        answers.setSubject(new Reference(motherRef));
        answers.setEncounter(new Reference(encounterRef));
        answers.setAuthoredElement(dateTime(consultation.getStartedAt()));
        for (EpdsItemType item : EpdsItemType.values()) {
            OptionalInt score = screening.itemScore(item);
            if (score.isPresent()) {
                answers.addItem()
                        .setLinkId(String.valueOf(item.number()))
                        .setText(text(item.questionKey()))
                        .addAnswer()
                        .setValue(new IntegerType(score.getAsInt()));
            }
        }
        String answersRef = add(answers);

        OptionalInt total = screening.total();
        if (total.isPresent()) {
            Observation totalScore = observation(
                    "epds-total-" + id,
                    motherRef,
                    encounterRef,
                    ClinicFhir.LOINC,
                    ClinicFhir.LOINC_EPDS_TOTAL,
                    "Total score [EPDS]",
                    "survey");
            totalScore.setEffective(dateTime(consultation.getStartedAt()));
            totalScore.setValue(new IntegerType(total.getAsInt()));
            totalScore.addDerivedFrom(new Reference(answersRef));
            String totalRef = add(totalScore);

            Observation panel = observation(
                    "epds-panel-" + id,
                    motherRef,
                    encounterRef,
                    ClinicFhir.LOINC,
                    ClinicFhir.LOINC_EPDS_PANEL,
                    "Edinburgh Postnatal Depression Scale [EPDS]",
                    "survey");
            panel.setEffective(dateTime(consultation.getStartedAt()));
            panel.addHasMember(new Reference(totalRef));
            panel.addDerivedFrom(new Reference(answersRef));
            add(panel);
        }
    }

    private void flags(Consultation consultation, String encounterRef) {
        List<ConsultationFlag> raised = consultation.getFlags();
        for (int i = 0; i < raised.size(); i++) {
            ConsultationFlag raisedFlag = raised.get(i);
            String subject = raisedFlag.infantUuid() == null ? motherRef : infantRefs.get(raisedFlag.infantUuid());
            if (subject == null) {
                continue;
            }
            Flag flag = new Flag();
            flag.setId("flag-" + consultation.getUuid() + "-" + i);
            // a signed consultation's flags are part of the record; a draft's may still change
            flag.setStatus(Flag.FlagStatus.ACTIVE);
            flag.addCategory(new CodeableConcept(
                    new Coding("http://terminology.hl7.org/CodeSystem/flag-category", "clinical", "Clinical")));
            flag.setCode(new CodeableConcept(new Coding(ClinicFhir.CLINIC_FLAG, raisedFlag.flagKey(), null))
                    .setText(flagText(raisedFlag)));
            flag.setSubject(new Reference(subject));
            flag.setEncounter(new Reference(encounterRef));
            flag.setPeriod(new Period().setStartElement(dateTime(consultation.getStartedAt())));
            add(flag);
        }
    }

    private void carePlan(Consultation consultation, String encounterRef) {
        org.lactationclinic.domain.careplan.CarePlan plan = consultation.carePlan();
        if (plan.isEmpty()) {
            return;
        }
        String id = consultation.getUuid().toString();
        CarePlan carePlan = new CarePlan();
        carePlan.setId("plan-" + id);
        carePlan.setStatus(
                consultation.getStatus() == ConsultationStatus.DRAFT
                        ? CarePlan.CarePlanStatus.DRAFT
                        : CarePlan.CarePlanStatus.ACTIVE);
        carePlan.setIntent(CarePlan.CarePlanIntent.PLAN);
        carePlan.setTitle("Breastfeeding care plan");
        carePlan.setSubject(new Reference(motherRef));
        carePlan.setEncounter(new Reference(encounterRef));
        carePlan.setCreatedElement(dateTime(consultation.getStartedAt()));
        if (plan.getFollowUpOn() != null) {
            carePlan.setPeriod(new Period()
                    .setStartElement(dateTime(consultation.getStartedAt()))
                    .setEndElement(new DateTimeType(
                            java.sql.Date.valueOf(plan.getFollowUpOn()),
                            ca.uhn.fhir.model.api.TemporalPrecisionEnum.DAY)));
        }
        List<CarePlanGoal> goals = plan.getGoals();
        for (int i = 0; i < goals.size(); i++) {
            CarePlanGoal domainGoal = goals.get(i);
            Goal goal = new Goal();
            goal.setId("goal-" + id + "-" + i);
            goal.setLifecycleStatus(Goal.GoalLifecycleStatus.ACTIVE);
            goal.setDescription(new CodeableConcept(new Coding(
                            ClinicFhir.CLINIC_GOAL, domainGoal.getType().name(), null))
                    .setText(goalText(domainGoal)));
            goal.setSubject(new Reference(motherRef));
            carePlan.addGoal(new Reference(add(goal)));
        }
        plan.getInterventions()
                .forEach(step -> carePlan.addActivity()
                        .getDetail()
                        .setStatus(CarePlan.CarePlanActivityStatus.NOTSTARTED)
                        .setDescription(
                                step.getIntervention().getTitle() != null
                                        ? step.getIntervention().getTitle()
                                        : step.getIntervention().getCode()));
        add(carePlan);
    }

    private String goalText(CarePlanGoal goal) {
        if (goal.getText() != null) {
            return goal.getText();
        }
        return goal.getTarget() == null ? goal.getType().name() : goal.getType().name() + " " + goal.getTarget();
    }

    private String flagText(ConsultationFlag flag) {
        String reason = texts.containsKey(flag.flagKey())
                ? new MessageFormat(texts.getString(flag.flagKey()), TEXT_LOCALE).format(new Object[] {flag.detail()})
                : flag.flagKey();
        return flag.source() == null ? reason : reason + " (" + flag.source() + ")";
    }

    private String text(String key) {
        return texts.containsKey(key) ? texts.getString(key) : key;
    }

    private void importedWeight(ImportedWeight imported) {
        String infantRef = infantRefs.get(imported.getInfant().getUuid());
        if (infantRef == null || imported.isVoided()) {
            return; // a voided infant or weight
        }
        Observation weight = observation(
                "imported-weight-" + imported.getUuid(),
                infantRef,
                null,
                ClinicFhir.LOINC,
                ClinicFhir.LOINC_BODY_WEIGHT,
                "Body weight",
                "vital-signs");
        weight.setEffective(new DateTimeType(imported.getWeighedOn().toString()));
        weight.setValue(grams(imported.getWeightGrams()));
        add(weight);
    }

    private static Observation observation(
            String id, String subject, String encounter, String system, String code, String display, String category) {
        Observation observation = new Observation();
        observation.setId(id);
        observation.setStatus(Observation.ObservationStatus.FINAL);
        observation.addCategory(new CodeableConcept(new Coding(ClinicFhir.OBSERVATION_CATEGORY, category, null)));
        observation.setCode(new CodeableConcept(new Coding(system, code, display)).setText(display));
        observation.setSubject(new Reference(subject));
        if (encounter != null) {
            observation.setEncounter(new Reference(encounter));
        }
        return observation;
    }

    private static void component(Observation observation, String code, String display, int value) {
        observation
                .addComponent()
                .setCode(new CodeableConcept(new Coding(ClinicFhir.CLINIC_ASSESSMENT, code, display)))
                .setValue(new IntegerType(value));
    }

    private static Quantity grams(int grams) {
        return new Quantity()
                .setValue(grams)
                .setUnit("g")
                .setSystem(ClinicFhir.UCUM)
                .setCode("g");
    }

    private static HumanName name(String given, String family) {
        return new HumanName().setFamily(family).addGiven(given);
    }

    private static DateType date(java.time.LocalDate date) {
        return new DateType(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
    }

    private DateTimeType dateTime(LocalDateTime at) {
        DateTimeType type = new DateTimeType(
                Date.from(at.atZone(zone).toInstant()),
                ca.uhn.fhir.model.api.TemporalPrecisionEnum.SECOND,
                java.util.TimeZone.getTimeZone(zone));
        return type;
    }

    /** Adds the resource with its full URL; returns its relative reference ("Patient/123"). */
    private String add(Resource resource) {
        String relative = resource.fhirType() + "/" + resource.getIdElement().getIdPart();
        bundle.addEntry().setFullUrl(base + relative).setResource(resource);
        return relative;
    }
}
