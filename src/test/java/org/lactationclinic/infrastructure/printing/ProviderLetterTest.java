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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.lactationclinic.domain.assessment.AssessmentFlagType;
import org.lactationclinic.domain.assessment.LatchComfortType;
import org.lactationclinic.domain.assessment.LatchGraspType;
import org.lactationclinic.domain.assessment.LatchHoldType;
import org.lactationclinic.domain.assessment.LatchNippleType;
import org.lactationclinic.domain.assessment.LatchSwallowingType;
import org.lactationclinic.domain.breast.BreastFlagType;
import org.lactationclinic.domain.careplan.CarePlan;
import org.lactationclinic.domain.charting.BreastSideType;
import org.lactationclinic.domain.charting.FeedObservation;
import org.lactationclinic.domain.charting.FeedPositionType;
import org.lactationclinic.domain.charting.InfantRedFlagType;
import org.lactationclinic.domain.charting.RecordContradictionType;
import org.lactationclinic.domain.consent.MaternalDisclosure;
import org.lactationclinic.domain.consultation.Consultation;
import org.lactationclinic.domain.consultation.ConsultationType;
import org.lactationclinic.domain.consultation.InfantFindings;
import org.lactationclinic.domain.consultation.MotherFindings;
import org.lactationclinic.domain.consultation.VisitReasonType;
import org.lactationclinic.domain.dyad.Infant;
import org.lactationclinic.domain.dyad.Mother;
import org.lactationclinic.domain.dyad.PersonIdentifier;
import org.lactationclinic.domain.dyad.SexType;
import org.lactationclinic.domain.intake.IntakeFlagType;
import org.lactationclinic.domain.provider.Provider;
import org.lactationclinic.domain.pumping.PumpingFlagType;
import org.lactationclinic.domain.shared.ConsultationFlag;
import org.lactationclinic.domain.shared.Labelled;
import org.lactationclinic.domain.staff.RoleType;
import org.lactationclinic.domain.staff.StaffUser;
import org.lactationclinic.domain.weight.WeightFlagType;
import org.lactationclinic.domain.wellbeing.EpdsFlagType;

/**
 * Issue 13, rule 6: the letter to the baby's doctor, rendered to PDF and read back with PDFBox. The PDFs are written to
 * target/printed for a look (pdftoppm).
 */
class ProviderLetterTest {

    private static final LocalDateTime VISIT = LocalDateTime.of(2026, 11, 16, 10, 0);
    private static final LocalDateTime BORN = LocalDateTime.of(2026, 11, 11, 6, 30);
    private static final ZoneId UTC = ZoneId.of("UTC");

    /** Day 5, 10.4 % lost (a section 4 red flag), a feed with LATCH only, item 10 positive; no referral in the plan. */
    static Consultation redFlagWithoutReferral() {
        Mother mother = new Mother("Ada", "Okafor", LocalDate.of(1991, 4, 12));
        Infant maya = mother.addInfant(new Infant("Maya", "Okafor", SexType.FEMALE, BORN, 273, 3000));
        StaffUser ana = new StaffUser("ana", "Ana López, IBCLC", "hash", EnumSet.of(RoleType.CONSULTANT));
        Consultation consultation = Consultation.start(mother, List.of(maya), ana, ConsultationType.INITIAL, VISIT);
        InfantFindings today = new InfantFindings(consultation, maya);
        today.setWeightGrams(2688);
        today.setWeighedAt(VISIT);
        FeedObservation feed = new FeedObservation(BreastSideType.LEFT, FeedPositionType.CROSS_CRADLE);
        feed.setLatchGrasp(LatchGraspType.REPEATED_ATTEMPTS);
        feed.setLatchSwallowing(LatchSwallowingType.A_FEW_WITH_STIMULATION);
        feed.setLatchNipple(LatchNippleType.EVERTED);
        feed.setLatchComfort(LatchComfortType.FILLING_OR_MILD_DISCOMFORT);
        feed.setLatchHold(LatchHoldType.MINIMAL_ASSIST);
        today.getFeeds().add(feed);
        List<ConsultationFlag> flags = List.of(
                ConsultationFlag.of(maya.getUuid(), WeightFlagType.EXCESS_LOSS, "10.4"),
                new ConsultationFlag(
                        maya.getUuid(),
                        AssessmentFlagType.LATCH_FURTHER_EVALUATION.bundleKey(),
                        "6",
                        "Jensen 1994",
                        false),
                new ConsultationFlag(
                        null,
                        EpdsFlagType.SELF_HARM_URGENT.bundleKey(),
                        "12",
                        EpdsFlagType.SELF_HARM_URGENT.getSource(),
                        true),
                ConsultationFlag.of(null, BreastFlagType.MASTITIS_WITH_FEVER, ""));
        consultation.recordFindings(ana, VISIT, List.of(today), flags);
        int[] answers = {1, 1, 1, 1, 1, 1, 1, 2, 1, 2};
        var wellbeing = consultation.getWellbeing();
        wellbeing.setEpds1(answers[0]);
        wellbeing.setEpds2(answers[1]);
        wellbeing.setEpds3(answers[2]);
        wellbeing.setEpds4(answers[3]);
        wellbeing.setEpds5(answers[4]);
        wellbeing.setEpds6(answers[5]);
        wellbeing.setEpds7(answers[6]);
        wellbeing.setEpds8(answers[7]);
        wellbeing.setEpds9(answers[8]);
        wellbeing.setEpds10(answers[9]);
        consultation.recordCarePlan(ana, new CarePlan());
        return consultation;
    }

    static String pdfText(ProviderLetter letter, String file) throws IOException {
        Map<String, Object> variables = new HashMap<>();
        variables.put("t", PrintTexts.in("en"));
        variables.put("letter", letter);
        variables.put("pdfUrl", "");
        variables.put("backUrl", "");
        byte[] pdf = DocumentRenderer.get().pdf(DocumentRenderer.PROVIDER_LETTER, java.util.Locale.ENGLISH, variables);
        Path out = Path.of("target", "printed");
        Files.createDirectories(out);
        Files.write(out.resolve(file), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages() + " pages "
                    + new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void redFlagWithoutReferral_shouldAskForReviewAndNeverSayNoReferral() throws IOException {
        ProviderLetter letter = ProviderLetter.of(
                redFlagWithoutReferral(), PrintedDocumentsTest.context(), PrintedDocumentsTest.clinic(), UTC);

        String text = pdfText(letter, "provider-letter-red-flag.pdf");

        assertFalse(text.toLowerCase().contains("no referral"), text);
        assertTrue(text.contains("meet the criteria for a referral; the clinic has not arranged one"), text);
        assertTrue(
                text.contains("Maya: excessive weight loss (10.4 % of birth weight); poor latch (LATCH 6/10)."), text);
        assertTrue(
                text.contains("Could you please review Maya for: excessive weight loss (10.4 % of birth weight)?"),
                text);
        assertTrue(text.startsWith("1 pages"), "a one-baby letter fits one page: " + text);
    }

    @Test
    void blanks_shouldBeLeftOut_neverPrintedAsDash() throws IOException {
        ProviderLetter letter = ProviderLetter.of(
                redFlagWithoutReferral(), PrintedDocumentsTest.context(), PrintedDocumentsTest.clinic(), UTC);

        String text = pdfText(letter, "provider-letter-red-flag.pdf");

        assertTrue(text.contains("Feed observed, left breast, Cross-cradle: LATCH 6/10"), text);
        assertFalse(text.contains("IBFAT"), "IBFAT was not used: " + text);
        assertFalse(text.contains("nipple pain"), "no pain recorded: " + text);
        assertFalse(text.contains("gain since"), "no gain before the lowest weight is known: " + text);
        assertFalse(text.contains(" - "), text);
        assertFalse(text.contains("-/"), text);
    }

    @Test
    void letter_shouldUseClinicalWords_notFlagTextOrSources() throws IOException {
        ProviderLetter letter = ProviderLetter.of(
                redFlagWithoutReferral(),
                PrintedDocumentsTest.context(),
                PrintedDocumentsTest.clinic(),
                UTC,
                new MaternalDisclosure(true, true));

        String text = pdfText(letter, "provider-letter-with-mother.pdf");

        for (String internal : List.of(
                "NEWT",
                "Flaherman",
                "Jensen",
                "Cox, Holden",
                "ABM protocol",
                "clinical-reference",
                "Refer.",
                "evaluate the feed further",
                "lactation evaluation is due",
                "FlagType")) {
            assertFalse(text.contains(internal), internal + " in: " + text);
        }
    }

    @Test
    void mothersDetails_shouldBeOutByDefault_andMentalHealthOnlyWhenChosen() throws IOException {
        Consultation consultation = redFlagWithoutReferral();

        String none = pdfText(
                ProviderLetter.of(consultation, PrintedDocumentsTest.context(), PrintedDocumentsTest.clinic(), UTC),
                "provider-letter-baby-only.pdf");
        String findings = pdfText(
                ProviderLetter.of(
                        consultation,
                        PrintedDocumentsTest.context(),
                        PrintedDocumentsTest.clinic(),
                        UTC,
                        MaternalDisclosure.allowed(true, true, false)),
                "provider-letter-mother-findings.pdf");
        String all = pdfText(
                ProviderLetter.of(
                        consultation,
                        PrintedDocumentsTest.context(),
                        PrintedDocumentsTest.clinic(),
                        UTC,
                        MaternalDisclosure.allowed(true, true, true)),
                "provider-letter-mother-all.pdf");
        String refused = pdfText(
                ProviderLetter.of(
                        consultation,
                        PrintedDocumentsTest.context(),
                        PrintedDocumentsTest.clinic(),
                        UTC,
                        MaternalDisclosure.allowed(false, true, true)),
                "provider-letter-no-consent.pdf");

        for (String letter : List.of(none, refused)) {
            assertFalse(letter.contains("mastitis"), letter);
            assertFalse(letter.contains("EPDS"), letter);
            assertFalse(letter.contains("self-harm"), letter);
        }
        assertTrue(findings.contains("Mother: mastitis with fever."), findings);
        assertFalse(findings.contains("EPDS"), findings);
        assertFalse(findings.contains("self-harm"), findings);
        assertTrue(all.contains("thoughts of self-harm (EPDS item 10)"), all);
        assertTrue(
                all.contains("EPDS total "
                        + consultation.getWellbeing().screening().total().orElseThrow()
                        + "/30; item 10 (self-harm) answered positively"),
                all);
    }

    @Test
    void letter_shouldBeAddressedToTheBabysDoctor_nameTheBabyByHerNumbers_andSayWhySheCame() throws IOException {
        Consultation consultation = redFlagWithoutReferral();
        Infant maya = consultation.getInfants().getFirst();
        Provider doctor = new Provider("Dr Grace Mensah");
        doctor.setPractice("Riverside Paediatrics");
        doctor.setAddress("12 Mill Lane, Leeds LS1 4AB");
        doctor.setFax("0113 496 0000");
        maya.setDoctor(doctor);
        maya.identifyAs(new PersonIdentifier("https://hospital.example/mrn", "MRN-4455"));
        MotherFindings hers = consultation.motherFindings();
        hers.setVisitReasons(List.of(VisitReasonType.WEIGHT_LOSS_OR_SLOW_GAIN, VisitReasonType.LATCH_DIFFICULTY));
        hers.setVisitReasonOther("Referred by the community midwife");
        consultation.recordMotherFindings(
                consultation.getConsultant(), VISIT.toInstant(java.time.ZoneOffset.UTC), hers);

        String text = pdfText(
                ProviderLetter.of(consultation, PrintedDocumentsTest.context(), PrintedDocumentsTest.clinic(), UTC),
                "provider-letter-addressed.pdf");

        assertTrue(
                text.contains("Dr Grace Mensah Riverside Paediatrics 12 Mill Lane, Leeds LS1 4AB Fax 0113 496 0000"),
                text);
        assertTrue(text.contains("Dear Dr Grace Mensah,"), text);
        assertFalse(text.contains("To the baby's doctor"), text);
        assertTrue(text.contains("Maya Okafor: MRN-4455 (https://hospital.example/mrn)"), text);
        assertTrue(
                text.contains(
                        "She came because of: Weight loss or slow gain; Latch difficulty; Referred by the community midwife."),
                text);
        assertTrue(text.startsWith("1 pages"), text);
    }

    @Test
    void letter_withNoDoctorNamed_shouldGreetTheBabysDoctor_andLeaveOutNumbersAndReasonsNotRecorded()
            throws IOException {
        String text = pdfText(
                ProviderLetter.of(
                        redFlagWithoutReferral(), PrintedDocumentsTest.context(), PrintedDocumentsTest.clinic(), UTC),
                "provider-letter-no-doctor.pdf");

        assertTrue(text.contains("To the baby's doctor,"), text);
        assertFalse(text.contains("She came because of"), text);
        assertFalse(text.contains("MRN"), text);
    }

    @Test
    void noFlags_shouldSayNoReferralIsNeededAndInviteConcerns() throws IOException {
        Consultation consultation = PrintedDocumentsTest.twinsVisit("en", "Ada", false);
        consultation.recordCarePlan(consultation.getConsultant(), new CarePlan());

        String text = pdfText(
                ProviderLetter.of(consultation, PrintedDocumentsTest.context(), PrintedDocumentsTest.clinic(), UTC),
                "provider-letter-no-flags.pdf");

        assertTrue(text.contains("no referral is needed after this visit"), text);
        assertTrue(text.contains("No problem found: Maya and #{7*7} are feeding and growing as expected"), text);
    }

    @Test
    void everyFlag_shouldHaveWordsForTheLetter() {
        PrintTexts t = PrintTexts.in("en");
        List<Labelled> all = new ArrayList<>();
        Stream.of(
                        WeightFlagType.values(),
                        IntakeFlagType.values(),
                        AssessmentFlagType.values(),
                        InfantRedFlagType.values(),
                        RecordContradictionType.values(),
                        EpdsFlagType.values(),
                        BreastFlagType.values(),
                        PumpingFlagType.values())
                .forEach(values -> all.addAll(List.of(values)));
        for (Labelled flag : all) {
            assertTrue(t.has("letter.problem." + flag.bundleKey()), "no letter wording for " + flag.bundleKey());
        }
        assertEquals(
                "",
                t.get("letter.problem.RecordContradictionType.EXCLUSIVE_WITH_FORMULA"),
                "a contradiction in the record is the consultant's to resolve, not a problem for the doctor");
    }
}
