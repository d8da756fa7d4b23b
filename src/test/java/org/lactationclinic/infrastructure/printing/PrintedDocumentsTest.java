package org.lactationclinic.infrastructure.printing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.lactationclinic.domain.careplan.CarePlan;
import org.lactationclinic.domain.careplan.CarePlanGoal;
import org.lactationclinic.domain.careplan.GoalType;
import org.lactationclinic.domain.careplan.Intervention;
import org.lactationclinic.domain.careplan.InterventionCategoryType;
import org.lactationclinic.domain.careplan.PlannedIntervention;
import org.lactationclinic.domain.careplan.Referral;
import org.lactationclinic.domain.careplan.ReferralDestinationType;
import org.lactationclinic.domain.careplan.ReferralUrgencyType;
import org.lactationclinic.domain.careplan.StandardInterventionType;
import org.lactationclinic.domain.charting.BreastSideType;
import org.lactationclinic.domain.charting.SupplementMethodType;
import org.lactationclinic.domain.charting.SupplementType;
import org.lactationclinic.domain.charting.TestWeighing;
import org.lactationclinic.domain.consultation.ChartingContext;
import org.lactationclinic.domain.consultation.Consultation;
import org.lactationclinic.domain.consultation.ConsultationType;
import org.lactationclinic.domain.consultation.InfantFindings;
import org.lactationclinic.domain.dyad.Infant;
import org.lactationclinic.domain.dyad.Mother;
import org.lactationclinic.domain.dyad.SexType;
import org.lactationclinic.domain.settings.ClinicProfile;
import org.lactationclinic.domain.settings.ClinicThresholds;
import org.lactationclinic.domain.staff.RoleType;
import org.lactationclinic.domain.staff.StaffUser;

/**
 * The printed plan and letter, rendered to PDF and read back with PDFBox: the numbers, the language, and user-entered
 * text printed literally. The PDFs are also written to target/printed for a look (pdftoppm).
 */
class PrintedDocumentsTest {

    private static final LocalDateTime VISIT = LocalDateTime.of(2026, 11, 20, 10, 0);
    private static final LocalDateTime BORN = LocalDateTime.of(2026, 11, 11, 6, 30);
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String EL = "#{7*7}";

    static Consultation twinsVisit(String language, String motherGivenName, boolean longPlan) {
        Mother mother = new Mother(motherGivenName, "Okafor", LocalDate.of(1991, 4, 12));
        mother.setPreferredLanguage(language);
        Infant maya = mother.addInfant(new Infant("Maya", "Okafor", SexType.FEMALE, BORN, 259, 3000));
        Infant tobi = mother.addInfant(new Infant(EL, "Okafor", SexType.MALE, BORN.plusMinutes(9), 259, 2800));
        StaffUser ana = new StaffUser("ana", "Ana López, IBCLC", "hash", EnumSet.of(RoleType.CONSULTANT));
        Consultation consultation =
                Consultation.start(mother, List.of(maya, tobi), ana, ConsultationType.INITIAL, VISIT);

        InfantFindings mayaToday = new InfantFindings(consultation, maya);
        mayaToday.setWeightGrams(2760);
        mayaToday.setWeighedAt(VISIT);
        mayaToday.getTestWeighings().add(new TestWeighing(BreastSideType.LEFT, 2760, 2802));
        InfantFindings tobiToday = new InfantFindings(consultation, tobi);
        tobiToday.setWeightGrams(2900);
        tobiToday.setWeighedAt(VISIT);
        consultation.recordFindings(ana, VISIT, List.of(mayaToday, tobiToday), List.of());

        CarePlan plan = new CarePlan();
        plan.getGoals().add(new CarePlanGoal(GoalType.BACK_TO_BIRTH_WEIGHT_BY_DAY, 14, null));
        plan.getGoals().add(new CarePlanGoal(GoalType.OTHER, null, SCRIPT));
        PlannedIntervention pumping =
                PlannedIntervention.of(Intervention.standard(StandardInterventionType.PUMPING_SCHEDULE));
        plan.getInterventions().add(pumping);
        plan.getInterventions()
                .add(PlannedIntervention.of(Intervention.standard(StandardInterventionType.POWER_PUMPING)));
        plan.getInterventions()
                .add(PlannedIntervention.of(Intervention.standard(StandardInterventionType.GALACTAGOGUE_DISCUSSION)));
        if (longPlan) {
            for (StandardInterventionType standard : StandardInterventionType.values()) {
                if (!plan.holds(standard)) {
                    plan.getInterventions().add(PlannedIntervention.of(Intervention.standard(standard)));
                }
            }
            plan.getInterventions()
                    .add(PlannedIntervention.of(Intervention.custom(InterventionCategoryType.FEEDING, EL, SCRIPT)));
        }
        plan.getSupplementation().setType(SupplementType.EXPRESSED_BREAST_MILK);
        plan.getSupplementation().setVolumePerFeedMl(30);
        plan.getSupplementation().setMethod(SupplementMethodType.CUP);
        plan.getReferrals()
                .add(new Referral(ReferralDestinationType.FRENOTOMY_ASSESSMENT, ReferralUrgencyType.WITHIN_WEEK, null));
        plan.setFollowUpOn(LocalDate.of(2026, 11, 27));
        plan.setNoteToMother(SCRIPT + " " + EL);
        consultation.recordCarePlan(ana, plan);
        return consultation;
    }

    static ClinicHeader clinic() {
        ClinicProfile profile = new ClinicProfile();
        profile.change(
                "Riverside Lactation Clinic", "12 River Road, Springfield", "+1 555 0100", "care@riverside.example");
        return ClinicHeader.of(profile);
    }

    static ChartingContext context() {
        return new ChartingContext(ClinicThresholds.defaults(), Map.of());
    }

    private static String pdfText(String template, PrintTexts texts, String variable, Object model, String file)
            throws IOException {
        Map<String, Object> variables = new HashMap<>();
        variables.put("t", texts);
        variables.put(variable, model);
        variables.put("pdfUrl", "");
        variables.put("backUrl", "");
        byte[] pdf = DocumentRenderer.get().pdf(template, texts.locale(), variables);
        Path out = Path.of("target", "printed");
        Files.createDirectories(out);
        Files.write(out.resolve(file), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static int pages(String file) throws IOException {
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(Path.of("target", "printed", file)))) {
            return document.getNumberOfPages();
        }
    }

    @Test
    void takeHomePlan_inEnglish_shouldStateTodaysNumbersInPlainWords() throws IOException {
        PrintTexts texts = PrintTexts.in("en");
        TakeHomePlan plan = TakeHomePlan.of(twinsVisit("en", "Ada", false), context(), clinic(), texts);

        String text = pdfText(DocumentRenderer.TAKE_HOME_PLAN, texts, "plan", plan, "take-home-plan-twins-en.pdf");

        assertTrue(text.contains("Riverside Lactation Clinic"), text);
        assertTrue(text.contains("Maya is 9 days old."), text);
        assertTrue(text.contains("Weight today: 2,760 g (2.760 kg)."), text);
        assertTrue(text.contains("240 g below it (8.0 % less)"), text);
        assertTrue(text.contains("Maya drank about 42 mL"), text);
        assertTrue(text.contains("gained 100 g since birth"), text);
        assertTrue(text.contains("Baby back to birth weight by day 14"), text);
        assertTrue(text.contains("8 times a day · 15 minutes each time"), text);
        assertTrue(text.contains("Power pumping once a day once a day"), text);
        assertTrue(
                text.contains(
                        "Pump for 20 minutes Rest for 10 minutes Pump for 10 minutes Rest for 10 minutes Pump for 10 minutes"),
                text);
        assertTrue(text.contains("give each baby 30 mL of your own expressed milk with a small cup"), text);
        assertTrue(text.contains("a specialist who checks whether a baby has a tongue tie this week"), text);
        assertTrue(text.contains("38.0 °C"), text);
        assertTrue(text.contains("Your lactation consultant: Ana López, IBCLC"), text);
        assertFalse(text.toLowerCase(Locale.ROOT).contains("ankyloglossia"), text);
        assertFalse(text.toLowerCase(Locale.ROOT).contains("domperidone"), "no galactagogue is named, let alone dosed");
        assertTrue(
                pages("take-home-plan-twins-en.pdf") <= 3 + plan.checklistDays().size(),
                "twins with charts, three steps and supplementation take at most three pages, then a tick sheet a day");
    }

    @Test
    void shortPlan_shouldFitOnOnePage() throws IOException {
        PrintTexts texts = PrintTexts.in("en");
        Mother mother = new Mother("Ada", "Okafor", LocalDate.of(1991, 4, 12));
        Infant maya = mother.addInfant(new Infant("Maya", "Okafor", SexType.FEMALE, BORN, 266, 3000));
        StaffUser ana = new StaffUser("ana", "Ana López, IBCLC", "hash", EnumSet.of(RoleType.CONSULTANT));
        Consultation consultation = Consultation.start(mother, List.of(maya), ana, ConsultationType.FOLLOW_UP, VISIT);
        InfantFindings today = new InfantFindings(consultation, maya);
        today.setWeightGrams(2950);
        today.setWeighedAt(VISIT);
        consultation.recordFindings(ana, VISIT, List.of(today), List.of());
        CarePlan plan = new CarePlan();
        plan.getGoals().add(new CarePlanGoal(GoalType.BACK_TO_BIRTH_WEIGHT_BY_DAY, 14, null));
        plan.getInterventions()
                .add(PlannedIntervention.of(Intervention.standard(StandardInterventionType.EARLY_FREQUENT_FEEDING)));
        plan.getInterventions()
                .add(PlannedIntervention.of(Intervention.standard(StandardInterventionType.POSITIONING_AND_LATCH)));
        plan.setFollowUpOn(LocalDate.of(2026, 11, 27));
        consultation.recordCarePlan(ana, plan);

        String text = pdfText(
                DocumentRenderer.TAKE_HOME_PLAN,
                texts,
                "plan",
                TakeHomePlan.of(consultation, context(), clinic(), texts),
                "take-home-plan-short-en.pdf");

        assertTrue(text.contains("Feed your baby often"), text);
        assertEquals(
                1 + 6,
                pages("take-home-plan-short-en.pdf"),
                "a short plan fits on one page, then a tick sheet a day until the 27th");
    }

    @Test
    void takeHomePlan_shouldPrintUserTextLiterally() throws IOException {
        PrintTexts texts = PrintTexts.in("en");
        TakeHomePlan plan = TakeHomePlan.of(twinsVisit("en", SCRIPT, true), context(), clinic(), texts);

        String text = pdfText(DocumentRenderer.TAKE_HOME_PLAN, texts, "plan", plan, "take-home-plan-long-en.pdf");

        assertTrue(text.contains(SCRIPT), text);
        assertTrue(text.contains(EL + " is 9 days old."), text);
        assertFalse(text.contains("49 is"), text);
        String xhtml = DocumentRenderer.get()
                .xhtml(
                        DocumentRenderer.TAKE_HOME_PLAN,
                        Locale.ENGLISH,
                        Map.of("t", texts, "plan", plan, "pdfUrl", "", "backUrl", ""),
                        true);
        assertFalse(xhtml.contains(SCRIPT), "markup is escaped in the print view");
        assertTrue(xhtml.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(pages("take-home-plan-long-en.pdf") > 1, "the long plan breaks onto more pages");
    }

    @Test
    void takeHomePlan_inSpanish_shouldBeInSpanish() throws IOException {
        PrintTexts texts = PrintTexts.in("es");
        TakeHomePlan plan = TakeHomePlan.of(twinsVisit("es", "Lucía", false), context(), clinic(), texts);

        String text = pdfText(DocumentRenderer.TAKE_HOME_PLAN, texts, "plan", plan, "take-home-plan-twins-es.pdf");

        assertTrue(text.contains("Su plan de alimentación"), text);
        assertTrue(text.contains("Maya tiene 9 días."), text);
        assertTrue(text.contains("Peso de hoy: 2.760 g (2,760 kg)."), text);
        assertTrue(text.contains("(8,0 % menos)"), text);
        assertTrue(text.contains("38,0 °C"), text);
        assertTrue(text.contains("frenillo corto"), text);
        assertFalse(text.contains("Your feeding plan"), text);
    }

    @Test
    void unknownLanguage_shouldPrintInEnglish() {
        assertEquals(Locale.ENGLISH.getLanguage(), PrintTexts.in("tl").locale().getLanguage());
        assertEquals(List.of("en", "es"), PrintTexts.languages());
        assertEquals("Español", PrintTexts.nameOf("es"));
    }

    @Test
    void providerLetter_shouldCarryScoresWeightsAndReferrals() throws IOException {
        Consultation consultation = twinsVisit("es", "Ada", false);
        ProviderLetter letter = ProviderLetter.of(consultation, context(), clinic(), ZoneId.of("UTC"));

        String text = pdfText(
                DocumentRenderer.PROVIDER_LETTER, PrintTexts.in("en"), "letter", letter, "provider-letter-twins.pdf");

        assertTrue(text.contains("Frenotomy assessment (this week)"), text);
        assertTrue(text.contains("Weight 2,760 g on day 9 (-8.0 % from birth weight)"), text);
        assertTrue(text.contains("Test weighing, left breast: 2,760 g before, 2,802 g after, transfer 42 mL"), text);
        assertTrue(text.contains("Ana López, IBCLC"), text);
        assertTrue(text.contains("DRAFT"), text);
        assertTrue(text.contains(EL + " Okafor"), text);
    }
}
