package org.lactationclinic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.lactationclinic.application.AuditTrail;
import org.lactationclinic.application.CarePlanService;
import org.lactationclinic.application.InterventionLibraryService;
import org.lactationclinic.application.PrintService;
import org.lactationclinic.domain.audit.AuditActionType;
import org.lactationclinic.domain.audit.AuditEvent;
import org.lactationclinic.domain.audit.AuditSearch;
import org.lactationclinic.domain.careplan.CarePlan;
import org.lactationclinic.domain.careplan.CarePlanGoal;
import org.lactationclinic.domain.careplan.CarePlanSuggestions;
import org.lactationclinic.domain.careplan.GoalType;
import org.lactationclinic.domain.careplan.Intervention;
import org.lactationclinic.domain.careplan.InterventionCategoryType;
import org.lactationclinic.domain.careplan.PlannedIntervention;
import org.lactationclinic.domain.careplan.Referral;
import org.lactationclinic.domain.careplan.ReferralDestinationType;
import org.lactationclinic.domain.careplan.ReferralUrgencyType;
import org.lactationclinic.domain.careplan.StandardInterventionType;
import org.lactationclinic.domain.consultation.Consultation;
import org.lactationclinic.domain.consultation.ConsultationStatus;
import org.lactationclinic.domain.consultation.ConsultationType;
import org.lactationclinic.domain.consultation.ConsultationVersion;
import org.lactationclinic.domain.consultation.DraftForm;
import org.lactationclinic.domain.consultation.InfantFindings;
import org.lactationclinic.domain.consultation.MotherFindings;
import org.lactationclinic.domain.consultation.SoapNote;
import org.lactationclinic.domain.dyad.Infant;
import org.lactationclinic.domain.dyad.Mother;
import org.lactationclinic.domain.dyad.SexType;
import org.lactationclinic.domain.shared.ClinicalRuleException;
import org.lactationclinic.domain.shared.ConcurrentEditException;

/**
 * Care plans in a running Payara Micro against the real database: the seeded library, a plan saved on a draft and read
 * back, suggestions from the saved flags, a signed plan changed only by an amendment (which the database guard must
 * accept), the printed plan in the mother's language and the letter as real PDFs.
 */
class CarePlanIT extends ContainerTestBase {

    private static final String SCRIPT = "<script>alert(1)</script> #{7*7}";

    @EJB
    private CarePlanService carePlans;

    @EJB
    private InterventionLibraryService library;

    @EJB
    private PrintService printing;

    @EJB
    private AuditTrail auditTrail;

    @Test
    void library_shouldOfferEveryStandardInterventionOfSection3() throws Exception {
        Set<String> offered = asConsultant.call(() -> carePlans.offered()).stream()
                .filter(Intervention::isStandard)
                .map(Intervention::getCode)
                .collect(Collectors.toSet());
        assertEquals(
                Arrays.stream(StandardInterventionType.values()).map(Enum::name).collect(Collectors.toSet()), offered);
        for (Intervention seeded : asConsultant.call(() -> carePlans.offered())) {
            seeded.standard().ifPresent(standard -> {
                assertEquals(standard.category(), seeded.getCategory(), standard + ": V11 and the enum agree");
                assertEquals(standard.defaultTimesPerDay(), seeded.getDefaultTimesPerDay(), standard + " times a day");
                assertEquals(standard.defaultMinutes(), seeded.getDefaultMinutes(), standard + " minutes");
            });
        }
    }

    @Test
    void plan_savedOnADraft_shouldBeReadBackAndPrintInTheMothersLanguage() throws Exception {
        Consultation started = startSpanishMotherWithBabyDaysOld(6);
        Infant baby = started.getInfants().getFirst();
        InfantFindings weighed = new InfantFindings(started, baby);
        weighed.setWeightGrams(2900); // birth 3200: -9.4 %
        weighed.setWeighedAt(started.getStartedAt());
        Consultation saved = asConsultant.call(() -> consultations.saveDraft(
                started.getUuid(),
                started.getVersion(),
                DraftForm.of(
                        ConsultationType.INITIAL,
                        started.getStartedAt(),
                        List.of(baby.getUuid()),
                        SoapNote.empty(),
                        List.of(weighed),
                        new MotherFindings())));

        CarePlan plan = new CarePlan();
        plan.getGoals().add(new CarePlanGoal(GoalType.BACK_TO_BIRTH_WEIGHT_BY_DAY, 14, null));
        plan.getInterventions()
                .add(asConsultant.call(() -> carePlans.planned(StandardInterventionType.PUMPING_SCHEDULE)));
        plan.getReferrals()
                .add(new Referral(ReferralDestinationType.PAEDIATRICIAN, ReferralUrgencyType.WITHIN_WEEK, null));
        plan.setFollowUpOn(LocalDate.now().plusDays(3));
        plan.setNoteToMother(SCRIPT);
        Consultation withPlan =
                asConsultant.call(() -> consultations.saveCarePlan(saved.getUuid(), saved.getVersion(), plan));

        CarePlan stored =
                asConsultant.call(() -> consultations.get(withPlan.getUuid())).carePlan();
        assertEquals(14, stored.getGoals().getFirst().getTarget());
        assertEquals(
                StandardInterventionType.PUMPING_SCHEDULE.name(),
                stored.getInterventions().getFirst().getIntervention().getCode());
        assertEquals(8, stored.getInterventions().getFirst().getTimesPerDay());
        assertEquals(
                ReferralDestinationType.PAEDIATRICIAN,
                stored.getReferrals().getFirst().getDestination());

        String text = pdfText(asConsultant.call(() -> printing.takeHomePlan(withPlan.getUuid(), null)));
        assertTrue(text.contains("Su plan de alimentación"), text);
        assertTrue(text.contains("Pesó 3.200 g al nacer. Hoy Sofía pesa 300 g menos (9,4 % menos)"), text);
        assertTrue(text.contains("8 veces al día · 15 minutos cada vez"), text);
        assertTrue(text.contains("Pida cita con el médico de su bebé esta semana."), text);
        assertTrue(text.contains(SCRIPT), "the note prints literally: " + text);

        List<AuditActionType> audited =
                asAdmin
                        .call(() -> auditTrail.search(new AuditSearch(null, withPlan.getUuid(), null, null), 0, 50))
                        .stream()
                        .map(AuditEvent::getAction)
                        .toList();
        assertTrue(
                audited.contains(AuditActionType.UPDATE) && audited.contains(AuditActionType.PRINT),
                "the plan's save and its print are on the audit trail: " + audited);

        String letter = pdfText(asConsultant.call(() -> printing.providerLetter(withPlan.getUuid(), null)));
        assertTrue(letter.contains("Paediatric review (this week)"), letter);
        assertTrue(letter.contains("Weight 2,900 g on day 6 (-9.4 % from birth weight)"), letter);
        assertTrue(letter.contains("DRAFT"), letter);
    }

    @Test
    void suggestions_shouldComeFromTheSavedFlags() throws Exception {
        Consultation started = startSpanishMotherWithBabyDaysOld(10);
        MotherFindings mother = new MotherFindings();
        mother.getWellbeing().setEpds10(2); // "Hardly ever": positive
        mother.getWellbeing().setAcknowledgingSelfHarm(true);
        Consultation saved = asConsultant.call(() -> consultations.saveDraft(
                started.getUuid(),
                started.getVersion(),
                DraftForm.of(
                        ConsultationType.INITIAL,
                        started.getStartedAt(),
                        List.of(started.getInfants().getFirst().getUuid()),
                        SoapNote.empty(),
                        List.of(),
                        mother)));

        var suggestions = CarePlanSuggestions.forFlags(saved.getFlags(), new CarePlan());

        assertEquals(
                ReferralDestinationType.MENTAL_HEALTH, suggestions.getFirst().destination());
        assertEquals(ReferralUrgencyType.SAME_DAY, suggestions.getFirst().urgency());
    }

    @Test
    void signedPlan_shouldChangeOnlyThroughAnAmendment() throws Exception {
        Consultation started = startSpanishMotherWithBabyDaysOld(20);
        CarePlan plan = new CarePlan();
        plan.getGoals().add(new CarePlanGoal(GoalType.COMFORTABLE_FEEDS, null, null));
        Consultation planned =
                asConsultant.call(() -> consultations.saveCarePlan(started.getUuid(), started.getVersion(), plan));
        Consultation signed = asConsultant.call(() -> consultations.sign(planned.getUuid(), planned.getVersion()));

        CarePlan changed = signed.carePlan();
        changed.getGoals().add(new CarePlanGoal(GoalType.FEEDS_PER_DAY, 10, null));
        changed.getSupplementation().setType(org.lactationclinic.domain.charting.SupplementType.EXPRESSED_BREAST_MILK);
        changed.getSupplementation().setVolumePerFeedMl(20);
        assertThrows(
                ClinicalRuleException.class,
                () -> asConsultant.call(
                        () -> consultations.saveCarePlan(signed.getUuid(), signed.getVersion(), changed)));
        assertThrows(
                ClinicalRuleException.class,
                () -> asConsultant.call(
                        () -> consultations.amendCarePlan(signed.getUuid(), signed.getVersion(), " ", changed)));

        Consultation amended = asConsultant.call(() -> consultations.amendCarePlan(
                signed.getUuid(), signed.getVersion(), "Agreed a feeds goal by phone", changed));

        assertEquals(ConsultationStatus.AMENDED, amended.getStatus());
        Consultation stored = asConsultant.call(() -> consultations.get(signed.getUuid()));
        assertEquals(2, stored.carePlan().getGoals().size());
        assertEquals(20, stored.carePlan().getSupplementation().getVolumePerFeedMl());
        assertTrue(
                asConsultant.call(() -> consultations.versionsOf(signed.getUuid())).getLast().changes().stream()
                        .anyMatch(change -> change.fieldKey().equals("ConsultationVersion.field.carePlan")
                                && change.after().contains("FEEDS_PER_DAY 10")),
                "the history shows what the amendment changed in the plan");
        assertThrows(
                ConcurrentEditException.class,
                () -> asConsultant.call(
                        () -> consultations.amendCarePlan(signed.getUuid(), signed.getVersion(), "again", changed)));
    }

    @Test
    void incompletePlan_shouldBeRefusedWithNothingStored() throws Exception {
        Consultation started = startSpanishMotherWithBabyDaysOld(8);
        CarePlan plan = new CarePlan();
        plan.getGoals().add(new CarePlanGoal(GoalType.PUMP_SESSIONS_PER_DAY, null, null));

        ClinicalRuleException refused = assertThrows(
                ClinicalRuleException.class,
                () -> asConsultant.call(
                        () -> consultations.saveCarePlan(started.getUuid(), started.getVersion(), plan)));

        assertEquals("careplan.message.error.goalIncomplete", refused.getMessageKey());
        Consultation stored = asConsultant.call(() -> consultations.get(started.getUuid()));
        assertEquals(started.getVersion(), stored.getVersion());
        assertTrue(stored.carePlan().isEmpty());
    }

    @Test
    void retiredIntervention_shouldLeaveTheOfferButStayInPlansThatHoldIt() throws Exception {
        Intervention own = asAdmin.call(() -> library.add(
                InterventionCategoryType.FEEDING,
                "Clinic breastfeeding group " + uniqueName(""),
                "Thursdays at 10 in the clinic's garden room.",
                1,
                60));
        Consultation started = startSpanishMotherWithBabyDaysOld(12);
        CarePlan plan = new CarePlan();
        plan.getInterventions().add(PlannedIntervention.of(own));
        asConsultant.call(() -> consultations.saveCarePlan(started.getUuid(), started.getVersion(), plan));
        assertThrows(
                EJBAccessException.class,
                () -> asConsultant.call(() -> {
                    library.retire(own.getUuid(), own.getVersion(), "Group ended");
                    return null;
                }));

        asAdmin.call(() -> {
            library.retire(own.getUuid(), own.getVersion(), "Group ended");
            return null;
        });

        assertFalse(asConsultant.call(() -> carePlans.offered()).contains(own));
        Consultation stored = asConsultant.call(() -> consultations.get(started.getUuid()));
        assertTrue(stored.carePlan()
                .getInterventions()
                .getFirst()
                .getIntervention()
                .isRetired());
        assertTrue(pdfText(asConsultant.call(() -> printing.takeHomePlan(started.getUuid(), null)))
                .contains("Thursdays at 10"));
    }

    @Test
    void history_ofAPlanWithASeededStep_shouldNameTheIntervention() throws Exception {
        // The seeded library (V11) is what 33 of the 36 demo consultations plan with; its history row comes from V17.
        Consultation started = startSpanishMotherWithBabyDaysOld(5);
        CarePlan plan = new CarePlan();
        plan.getInterventions()
                .add(asConsultant.call(() -> carePlans.planned(StandardInterventionType.HAND_EXPRESSION)));
        Consultation withPlan =
                asConsultant.call(() -> consultations.saveCarePlan(started.getUuid(), started.getVersion(), plan));

        List<ConsultationVersion> versions = asConsultant.call(() -> consultations.versionsOf(withPlan.getUuid()));

        String summary = versions.getLast().changes().stream()
                .filter(change -> change.fieldKey().equals("ConsultationVersion.field.carePlan"))
                .map(ConsultationVersion.Change::after)
                .findFirst()
                .orElseThrow();
        assertTrue(summary.contains("step " + StandardInterventionType.HAND_EXPRESSION.name()), summary);
    }

    private Consultation startSpanishMotherWithBabyDaysOld(int days) throws Exception {
        String family = uniqueName("Plan");
        Mother mother = new Mother("Lucía", family, LocalDate.now().minusYears(29));
        mother.setPreferredLanguage("es");
        mother.addInfant(new Infant(
                "Sofía",
                family,
                SexType.FEMALE,
                LocalDateTime.now().minusDays(days).withNano(0),
                275,
                3200));
        Mother registered = asConsultant.call(() -> dyads.register(mother));
        List<UUID> baby = registered.getInfants().stream().map(Infant::getUuid).toList();
        return asConsultant.call(() -> consultations.start(registered.getUuid(), baby, ConsultationType.INITIAL));
    }

    private static String pdfText(PrintService.PrintedDocument document) throws IOException {
        assertEquals("application/pdf", document.mediaType());
        try (PDDocument pdf = Loader.loadPDF(document.content())) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }
}
