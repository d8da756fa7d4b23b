package org.lactationclinic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.lactationclinic.application.CarePlanService;
import org.lactationclinic.application.PrintService;
import org.lactationclinic.domain.careplan.CarePlan;
import org.lactationclinic.domain.careplan.PlannedIntervention;
import org.lactationclinic.domain.careplan.StandardInterventionType;
import org.lactationclinic.domain.charting.SupplementMethodType;
import org.lactationclinic.domain.charting.SupplementType;
import org.lactationclinic.domain.consultation.Consultation;
import org.lactationclinic.domain.consultation.ConsultationType;
import org.lactationclinic.domain.consultation.DraftForm;
import org.lactationclinic.domain.consultation.InfantFindings;
import org.lactationclinic.domain.consultation.MotherFindings;
import org.lactationclinic.domain.consultation.SoapNote;
import org.lactationclinic.domain.dyad.Infant;
import org.lactationclinic.domain.dyad.Mother;
import org.lactationclinic.domain.dyad.SexType;
import org.lactationclinic.domain.shared.ClinicalRuleException;

/**
 * Issue 13, "Twins and the printed plan", against the real database: a step and the extra milk saved for one twin (V31)
 * come back for that twin and print with her name; a step for a baby not seen is refused with nothing stored; hand
 * expression carries its times a day from the library (V32).
 */
class TwinsPrintIT extends ContainerTestBase {

    @EJB
    private CarePlanService carePlans;

    @EJB
    private PrintService printing;

    @Test
    void planForOneTwin_shouldBeStoredAndPrintedWithHerName() throws Exception {
        String family = uniqueName("Twins");
        Mother mother = new Mother("Ada", family, LocalDate.now().minusYears(30));
        LocalDateTime born = LocalDateTime.now().minusDays(6).withNano(0);
        mother.addInfant(new Infant("Maya", family, SexType.FEMALE, born, 259, 2700));
        mother.addInfant(new Infant("Tobi", family, SexType.MALE, born.plusMinutes(9), 259, 2500));
        Mother registered = asConsultant.call(() -> dyads.register(mother));
        List<UUID> babies =
                registered.getInfants().stream().map(Infant::getUuid).toList();
        Infant maya = registered.getInfants().get(0);
        Infant tobi = registered.getInfants().get(1);
        Consultation started =
                asConsultant.call(() -> consultations.start(registered.getUuid(), babies, ConsultationType.INITIAL));
        InfantFindings mayaToday = new InfantFindings(started, maya);
        mayaToday.setWeightGrams(2500);
        mayaToday.setWeighedAt(started.getStartedAt());
        InfantFindings tobiToday = new InfantFindings(started, tobi);
        tobiToday.setWeightGrams(2400);
        tobiToday.setWeighedAt(started.getStartedAt());
        Consultation saved = asConsultant.call(() -> consultations.saveDraft(
                started.getUuid(),
                started.getVersion(),
                DraftForm.of(
                        ConsultationType.INITIAL,
                        started.getStartedAt(),
                        babies,
                        SoapNote.empty(),
                        List.of(mayaToday, tobiToday),
                        new MotherFindings())));

        CarePlan stranger = new CarePlan();
        PlannedIntervention notSeen = asConsultant.call(() -> carePlans.planned(StandardInterventionType.SKIN_TO_SKIN));
        notSeen.setInfantUuid(UUID.randomUUID());
        stranger.getInterventions().add(notSeen);
        assertThrows(
                ClinicalRuleException.class,
                () -> asConsultant.call(
                        () -> consultations.saveCarePlan(saved.getUuid(), saved.getVersion(), stranger)));
        assertTrue(asConsultant
                .call(() -> consultations.get(saved.getUuid()))
                .carePlan()
                .getInterventions()
                .isEmpty());

        CarePlan plan = new CarePlan();
        PlannedIntervention hand = asConsultant.call(() -> carePlans.planned(StandardInterventionType.HAND_EXPRESSION));
        hand.setInfantUuid(maya.getUuid());
        plan.getInterventions().add(hand);
        plan.getSupplementation().setType(SupplementType.EXPRESSED_BREAST_MILK);
        plan.getSupplementation().setVolumePerFeedMl(10);
        plan.getSupplementation().setMethod(SupplementMethodType.SYRINGE);
        plan.getSupplementation().setInfantUuid(tobi.getUuid());
        plan.setFollowUpOn(LocalDate.now().plusDays(3));
        Consultation withPlan =
                asConsultant.call(() -> consultations.saveCarePlan(saved.getUuid(), saved.getVersion(), plan));

        CarePlan stored =
                asConsultant.call(() -> consultations.get(withPlan.getUuid())).carePlan();
        assertEquals(maya.getUuid(), stored.getInterventions().getFirst().getInfantUuid());
        assertEquals(8, stored.getInterventions().getFirst().getTimesPerDay(), "the library's default since V32");
        assertEquals(tobi.getUuid(), stored.getSupplementation().getInfantUuid());

        String text = pdfText(asConsultant.call(() -> printing.takeHomePlan(withPlan.getUuid(), null)));
        assertTrue(text.contains("Your babies today"), text);
        assertTrue(text.contains("After breastfeeding, give Tobi 10 mL"), text);
        assertTrue(text.contains("Express milk by hand For Maya 8 times a day"), text);
        assertTrue(text.contains("Tick sheet for"), text);
        assertTrue(text.contains("Dirty diapers (poo) (Tobi)"), text);
        assertFalse(text.contains("give your baby"), text);

        String letter = pdfText(asConsultant.call(() -> printing.providerLetter(withPlan.getUuid(), null)));
        assertTrue(letter.contains("10 mL per feed, for Tobi only"), letter);
        assertTrue(letter.contains("Hand expression (8 times a day · 10 minutes each time), for Maya only"), letter);
        assertFalse(letter.contains("no referral made"), letter);
    }

    private static String pdfText(PrintService.PrintedDocument document) throws IOException {
        assertEquals("application/pdf", document.mediaType());
        try (PDDocument pdf = Loader.loadPDF(document.content())) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }
}
