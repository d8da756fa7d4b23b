package org.lactationclinic.domain.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** LATCH (Jensen, Wallace & Kelsay 1994): item scores, total 0-10, and the cut-off "total < 7". */
class LatchAssessmentTest {

    @ParameterizedTest(name = "{0} scores {1}")
    @CsvSource({"NO_LATCH, 0", "REPEATED_ATTEMPTS, 1", "GRASPS_BREAST, 2"})
    void score_shouldFollowLatchItemL(LatchGraspType answer, int expected) {
        assertEquals(expected, answer.score());
    }

    @ParameterizedTest(name = "{0} scores {1}")
    @CsvSource({"NONE, 0", "A_FEW_WITH_STIMULATION, 1", "SPONTANEOUS, 2"})
    void score_shouldFollowLatchItemA(LatchSwallowingType answer, int expected) {
        assertEquals(expected, answer.score());
    }

    @ParameterizedTest(name = "{0} scores {1}")
    @CsvSource({"INVERTED, 0", "FLAT, 1", "EVERTED, 2"})
    void score_shouldFollowLatchItemT(LatchNippleType answer, int expected) {
        assertEquals(expected, answer.score());
    }

    @ParameterizedTest(name = "{0} scores {1}")
    @CsvSource({"ENGORGED_OR_SEVERE_DISCOMFORT, 0", "FILLING_OR_MILD_DISCOMFORT, 1", "SOFT_NON_TENDER, 2"})
    void score_shouldFollowLatchItemC(LatchComfortType answer, int expected) {
        assertEquals(expected, answer.score());
    }

    @ParameterizedTest(name = "{0} scores {1}")
    @CsvSource({"FULL_ASSIST, 0", "MINIMAL_ASSIST, 1", "NO_ASSIST, 2"})
    void score_shouldFollowLatchItemH(LatchHoldType answer, int expected) {
        assertEquals(expected, answer.score());
    }

    @Test
    void total_shouldBeZeroWhenEveryItemScoresZero() {
        LatchAssessment lowest = new LatchAssessment(
                LatchGraspType.NO_LATCH,
                LatchSwallowingType.NONE,
                LatchNippleType.INVERTED,
                LatchComfortType.ENGORGED_OR_SEVERE_DISCOMFORT,
                LatchHoldType.FULL_ASSIST);

        assertEquals(0, lowest.total());
    }

    @Test
    void total_shouldBeTenWhenEveryItemScoresTwo() {
        LatchAssessment highest = new LatchAssessment(
                LatchGraspType.GRASPS_BREAST,
                LatchSwallowingType.SPONTANEOUS,
                LatchNippleType.EVERTED,
                LatchComfortType.SOFT_NON_TENDER,
                LatchHoldType.NO_ASSIST);

        assertEquals(LatchAssessment.MAX_TOTAL, highest.total());
    }

    @Test
    void total_shouldAddEachItemOnce() {
        LatchAssessment mixed = new LatchAssessment(
                LatchGraspType.REPEATED_ATTEMPTS,
                LatchSwallowingType.SPONTANEOUS,
                LatchNippleType.FLAT,
                LatchComfortType.ENGORGED_OR_SEVERE_DISCOMFORT,
                LatchHoldType.NO_ASSIST);

        assertEquals(1 + 2 + 1 + 0 + 2, mixed.total());
    }

    @Test
    void isBelowThreshold_shouldFlagSixWithTheDefaultCutOff() {
        LatchAssessment six = new LatchAssessment(
                LatchGraspType.GRASPS_BREAST,
                LatchSwallowingType.SPONTANEOUS,
                LatchNippleType.FLAT,
                LatchComfortType.FILLING_OR_MILD_DISCOMFORT,
                LatchHoldType.FULL_ASSIST);
        AssessmentThresholds defaults = AssessmentThresholds.defaults();

        assertEquals(6, six.total());
        assertTrue(six.isBelowThreshold(defaults));
        AssessmentFlag flag = six.flag(defaults).orElseThrow();
        assertEquals(AssessmentFlagType.LATCH_FURTHER_EVALUATION, flag.type());
        assertEquals("AssessmentFlagType.LATCH_FURTHER_EVALUATION", flag.bundleKey());
        assertEquals(AssessmentThresholds.DEFAULT_LATCH_SOURCE, flag.source());
        assertTrue(flag.source().contains("JOGNN 1994;23:27-32"));
    }

    @Test
    void isBelowThreshold_shouldNotFlagSevenWithTheDefaultCutOff() {
        LatchAssessment seven = new LatchAssessment(
                LatchGraspType.GRASPS_BREAST,
                LatchSwallowingType.SPONTANEOUS,
                LatchNippleType.FLAT,
                LatchComfortType.FILLING_OR_MILD_DISCOMFORT,
                LatchHoldType.MINIMAL_ASSIST);

        assertEquals(7, seven.total());
        assertFalse(seven.isBelowThreshold(AssessmentThresholds.defaults()));
        assertTrue(seven.flag(AssessmentThresholds.defaults()).isEmpty());
    }

    @Test
    void isBelowThreshold_shouldFollowAClinicCutOffAndItsSource() {
        LatchAssessment eight = new LatchAssessment(
                LatchGraspType.GRASPS_BREAST,
                LatchSwallowingType.SPONTANEOUS,
                LatchNippleType.EVERTED,
                LatchComfortType.SOFT_NON_TENDER,
                LatchHoldType.FULL_ASSIST);
        AssessmentThresholds below9 =
                AssessmentThresholds.defaults().withLatchFlagBelow(9, "LATCH < 9: Kumar et al., J Hum Lact 2006");

        assertEquals(8, eight.total());
        assertFalse(eight.isBelowThreshold(AssessmentThresholds.defaults()));
        assertTrue(eight.isBelowThreshold(below9));
        assertEquals(
                "LATCH < 9: Kumar et al., J Hum Lact 2006",
                eight.flag(below9).orElseThrow().source());
    }

    @Test
    void isBelowThreshold_shouldNotFlagSixWhenTheClinicLowersTheCutOffToSix() {
        LatchAssessment six = new LatchAssessment(
                LatchGraspType.GRASPS_BREAST,
                LatchSwallowingType.SPONTANEOUS,
                LatchNippleType.FLAT,
                LatchComfortType.FILLING_OR_MILD_DISCOMFORT,
                LatchHoldType.FULL_ASSIST);
        AssessmentThresholds below6 = AssessmentThresholds.defaults().withLatchFlagBelow(6, "local audit 2026");

        assertEquals(6, six.total());
        assertFalse(six.isBelowThreshold(below6));
    }

    @Test
    void constructor_shouldRefuseAMissingAnswer() {
        assertThrows(
                NullPointerException.class,
                () -> new LatchAssessment(
                        LatchGraspType.GRASPS_BREAST,
                        null,
                        LatchNippleType.EVERTED,
                        LatchComfortType.SOFT_NON_TENDER,
                        LatchHoldType.NO_ASSIST));
    }

    @Test
    void bundleKey_shouldBeEnumNameDotValue() {
        assertEquals("LatchGraspType.NO_LATCH", LatchGraspType.NO_LATCH.bundleKey());
        assertEquals("LatchHoldType.NO_ASSIST", LatchHoldType.NO_ASSIST.bundleKey());
        assertEquals("LatchComfortType.SOFT_NON_TENDER", LatchComfortType.SOFT_NON_TENDER.definitionKey(48));
    }

    @Test
    void definitionKey_shouldWordSpontaneousSwallowingAsIntermittentBefore24Hours() {
        assertEquals("LatchSwallowingType.SPONTANEOUS.under24h", LatchSwallowingType.SPONTANEOUS.definitionKey(0));
        assertEquals("LatchSwallowingType.SPONTANEOUS.under24h", LatchSwallowingType.SPONTANEOUS.definitionKey(23));
    }

    @Test
    void definitionKey_shouldWordSpontaneousSwallowingAsFrequentFrom24Hours() {
        assertEquals("LatchSwallowingType.SPONTANEOUS.from24h", LatchSwallowingType.SPONTANEOUS.definitionKey(24));
        assertEquals("LatchSwallowingType.SPONTANEOUS.from24h", LatchSwallowingType.SPONTANEOUS.definitionKey(72));
    }

    @Test
    void definitionKey_shouldKeepTheScoreOfTwoWhateverTheAge() {
        LatchAssessment firstDay = new LatchAssessment(
                LatchGraspType.GRASPS_BREAST,
                LatchSwallowingType.SPONTANEOUS,
                LatchNippleType.EVERTED,
                LatchComfortType.SOFT_NON_TENDER,
                LatchHoldType.NO_ASSIST);

        assertEquals(2, firstDay.audibleSwallowing().score());
        assertEquals("LatchSwallowingType.SPONTANEOUS", LatchSwallowingType.SPONTANEOUS.bundleKey());
        assertEquals(10, firstDay.total());
    }

    @Test
    void definitionKey_shouldNotDependOnAgeForOtherSwallowingAnswers() {
        assertEquals("LatchSwallowingType.NONE", LatchSwallowingType.NONE.definitionKey(10));
        assertEquals(
                "LatchSwallowingType.A_FEW_WITH_STIMULATION",
                LatchSwallowingType.A_FEW_WITH_STIMULATION.definitionKey(30));
    }

    @Test
    void definitionKey_shouldRefuseANegativeAge() {
        assertThrows(IllegalArgumentException.class, () -> LatchSwallowingType.SPONTANEOUS.definitionKey(-1));
    }
}
