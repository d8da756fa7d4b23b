package org.lactationclinic.domain.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
import org.lactationclinic.domain.charting.BreastSideType;
import org.lactationclinic.domain.charting.FeedObservation;
import org.lactationclinic.domain.charting.FeedPositionType;
import org.lactationclinic.domain.charting.FeedingStatusType;
import org.lactationclinic.domain.charting.OralAssessment;
import org.lactationclinic.domain.charting.SupplementGiven;
import org.lactationclinic.domain.charting.SupplementType;
import org.lactationclinic.domain.charting.TestWeighing;
import org.lactationclinic.domain.dyad.Infant;
import org.lactationclinic.domain.dyad.Mother;
import org.lactationclinic.domain.dyad.SexType;
import org.lactationclinic.domain.settings.ClinicThresholds;
import org.lactationclinic.domain.shared.ClinicalRuleException;
import org.lactationclinic.domain.shared.ConsultationFlag;
import org.lactationclinic.domain.staff.RoleType;
import org.lactationclinic.domain.staff.StaffUser;
import org.lactationclinic.domain.weight.WeightTrajectory;

/** The flags panel's gathering: each rule's flag with the number its reason quotes, nothing from half-filled input. */
class InfantFlagsTest {

    private static final LocalDateTime BORN = LocalDateTime.of(2026, 3, 1, 8, 0);
    /** 80 hours old: day 3 of life, ABM #3 band 72-96 h (30-60 mL). */
    private static final LocalDateTime VISIT = BORN.plusHours(80);

    private final Mother mother = new Mother("Ada", "Okafor", LocalDate.of(1991, 4, 12));
    private final Infant maya = new Infant("Maya", "Okafor", SexType.FEMALE, BORN, 266, 3000);
    private final Consultation consultation;

    InfantFlagsTest() {
        mother.addInfant(maya);
        consultation = Consultation.start(
                mother,
                mother.getInfants(),
                new StaffUser("ana", "Ana López, IBCLC", "hash", EnumSet.of(RoleType.CONSULTANT)),
                ConsultationType.INITIAL,
                VISIT);
    }

    private Map<String, String> flags(InfantFindings findings, List<WeightTrajectory.Weighing> earlier) {
        return InfantFlags.of(findings, earlier, ClinicThresholds.defaults(), VISIT).stream()
                .collect(Collectors.toMap(ConsultationFlag::flagKey, ConsultationFlag::detail));
    }

    private InfantFindings weighed(int grams) {
        InfantFindings findings = new InfantFindings(consultation, maya);
        findings.setWeightGrams(grams);
        findings.setWeighedAt(VISIT);
        return findings;
    }

    @Test
    void exclusiveWithFormula_shouldBeFlaggedAsAContradictionWhileCharting() {
        InfantFindings findings = new InfantFindings(consultation, maya);
        findings.setFeedingStatus(FeedingStatusType.EXCLUSIVE);
        findings.getSupplements().add(new SupplementGiven(SupplementType.EXPRESSED_BREAST_MILK, 20, null));
        assertTrue(flags(findings, List.of()).isEmpty(), "expressed breast milk keeps feeding exclusive");

        findings.getSupplements().add(new SupplementGiven(SupplementType.FORMULA, 30, null));
        assertTrue(flags(findings, List.of()).containsKey("RecordContradictionType.EXCLUSIVE_WITH_FORMULA"));

        findings.setFeedingStatus(FeedingStatusType.PARTIAL);
        assertTrue(flags(findings, List.of()).isEmpty());
    }

    @Test
    void nothingRecorded_shouldRaiseNothing() {
        assertTrue(flags(new InfantFindings(consultation, maya), List.of()).isEmpty());
    }

    @Test
    void weight_atTenPerCent_shouldShowOnlyTheStrongerFlagWithTheLoss() {
        Map<String, String> flags = flags(weighed(2700), List.of());

        assertEquals("10.0", flags.get("WeightFlagType.EXCESS_LOSS"));
        assertFalse(flags.containsKey("WeightFlagType.LOSS_ABOVE_LACTATION_EVALUATION"));
    }

    @Test
    void weight_atSevenPerCentExactly_shouldRaiseNothing() {
        assertTrue(flags(weighed(2790), List.of()).isEmpty(), "7.0 % is not more than 7 %");
        assertEquals("7.1", flags(weighed(2787), List.of()).get("WeightFlagType.LOSS_ABOVE_LACTATION_EVALUATION"));
    }

    @Test
    void weight_withAnEarlierLowerWeight_shouldMeasureGainFromIt() {
        List<WeightTrajectory.Weighing> earlier =
                List.of(new WeightTrajectory.Weighing(BORN.plusHours(32), 2800)); // day 1
        assertEquals("19.5", flags(weighed(2839), earlier).get("WeightFlagType.LOW_GAIN"), "39 g in 2 days");
        assertFalse(
                flags(weighed(2840), earlier).containsKey("WeightFlagType.LOW_GAIN"), "exactly 20.0 g/day is not low");
    }

    @Test
    void latch_halfAnswered_shouldRaiseNothingAndScoreNothing() {
        InfantFindings findings = new InfantFindings(consultation, maya);
        FeedObservation feed = new FeedObservation(BreastSideType.LEFT, FeedPositionType.CRADLE);
        feed.setLatchGrasp(LatchGraspType.NO_LATCH);
        feed.setLatchSwallowing(LatchSwallowingType.NONE);
        findings.getFeeds().add(feed);

        assertTrue(flags(findings, List.of()).isEmpty());
        assertEquals(null, feed.getLatchTotal());
    }

    @Test
    void latch_atSixAndSeven_shouldFlagOnlySix() {
        InfantFindings findings = new InfantFindings(consultation, maya);
        FeedObservation six = latch(LatchGraspType.REPEATED_ATTEMPTS, LatchHoldType.MINIMAL_ASSIST); // 1+1+2+1+1
        FeedObservation seven = latch(LatchGraspType.GRASPS_BREAST, LatchHoldType.MINIMAL_ASSIST); // 2+1+2+1+1
        findings.getFeeds().add(seven);
        assertTrue(flags(findings, List.of()).isEmpty());
        findings.getFeeds().add(six);
        assertEquals("6", flags(findings, List.of()).get("AssessmentFlagType.LATCH_FURTHER_EVALUATION"));
    }

    private static FeedObservation latch(LatchGraspType grasp, LatchHoldType hold) {
        FeedObservation feed = new FeedObservation(BreastSideType.RIGHT, FeedPositionType.FOOTBALL);
        feed.setLatchGrasp(grasp);
        feed.setLatchSwallowing(LatchSwallowingType.A_FEW_WITH_STIMULATION);
        feed.setLatchNipple(LatchNippleType.EVERTED);
        feed.setLatchComfort(LatchComfortType.FILLING_OR_MILD_DISCOMFORT);
        feed.setLatchHold(hold);
        return feed;
    }

    @Test
    void btat_atFourAndFive_shouldReferOnlyAtFour() {
        InfantFindings findings = new InfantFindings(consultation, maya);
        OralAssessment oral = findings.getOral();
        oral.setBtatTongueTip(BtatTongueTipType.ROUNDED); // 2
        oral.setBtatFrenulumAttachment(BtatFrenulumAttachmentType.INNER_ASPECT_OF_GUM); // 1
        oral.setBtatTongueLift(BtatTongueLiftType.EDGES_ONLY_TO_MID_MOUTH); // 1
        oral.setBtatTongueProtrusion(BtatTongueProtrusionType.TIP_OVER_GUM); // 1
        assertTrue(flags(findings, List.of()).isEmpty(), "5 is above the cut-off");
        oral.setBtatTongueProtrusion(BtatTongueProtrusionType.TIP_BEHIND_GUM); // 0
        assertEquals("4", flags(findings, List.of()).get("AssessmentFlagType.BTAT_FRENOTOMY_ASSESSMENT"));
    }

    @Test
    void testWeighing_belowTheAbmRange_shouldFlagWithTheTransfer() {
        InfantFindings findings = new InfantFindings(consultation, maya);
        findings.getTestWeighings().add(new TestWeighing(BreastSideType.LEFT, 2800, 2829));
        assertEquals("29", flags(findings, List.of()).get("IntakeFlagType.LOW_TRANSFER"));
        findings.getTestWeighings().set(0, new TestWeighing(BreastSideType.LEFT, 2800, 2830));
        assertTrue(flags(findings, List.of()).isEmpty(), "30 mL is within 30-60 mL at 72-96 h");
    }

    @Test
    void testWeighing_negativeOrIncomplete_shouldRaiseNothingHereButBeRefusedOnSave() {
        InfantFindings findings = new InfantFindings(consultation, maya);
        findings.getTestWeighings().add(new TestWeighing(BreastSideType.LEFT, 2800, 2790));
        findings.getTestWeighings().add(new TestWeighing(BreastSideType.RIGHT, 2800, null));
        assertTrue(flags(findings, List.of()).isEmpty());

        InfantFindings stored = new InfantFindings(consultation, maya);
        assertThrows(ClinicalRuleException.class, () -> stored.replaceWith(findings, VISIT.plusHours(1)));
    }

    @Test
    void output_onDayThree_shouldFlagFewFeedsAndWetDiapersButNotStools() {
        InfantFindings findings = new InfantFindings(consultation, maya);
        findings.setFeedsIn24h(7);
        findings.setWetDiapersIn24h(2);
        findings.setStoolsIn24h(0);

        Map<String, String> flags = flags(findings, List.of());

        assertEquals("3", flags.get("IntakeFlagType.FEW_WET_DIAPERS"));
        assertTrue(flags.containsKey("IntakeFlagType.FEW_FEEDS"));
        assertFalse(flags.containsKey("IntakeFlagType.FEW_STOOLS"), "the stool rule starts after day 4");
    }

    @Test
    void replaceWith_aWeighingBeforeBirthOrInTheFuture_shouldBeRefused() {
        InfantFindings stored = new InfantFindings(consultation, maya);
        InfantFindings beforeBirth = weighed(2900);
        beforeBirth.setWeighedAt(BORN.minusMinutes(1));
        InfantFindings future = weighed(2900);

        assertEquals(
                "charting.message.error.weighedBeforeBirth",
                assertThrows(ClinicalRuleException.class, () -> stored.replaceWith(beforeBirth, VISIT))
                        .getMessageKey());
        assertEquals(
                "charting.message.error.weighedInFuture",
                assertThrows(ClinicalRuleException.class, () -> stored.replaceWith(future, VISIT.minusMinutes(1)))
                        .getMessageKey());
    }
}
