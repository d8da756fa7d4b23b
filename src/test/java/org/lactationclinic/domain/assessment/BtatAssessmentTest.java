package org.lactationclinic.domain.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** BTAT (Ingram et al. 2015): four items 0-2, total 0-8, refer for frenotomy assessment at total <= 4. */
class BtatAssessmentTest {

    @ParameterizedTest(name = "{0} scores {1}")
    @CsvSource({"HEART_SHAPED, 0", "SLIGHT_CLEFT_OR_NOTCHED, 1", "ROUNDED, 2"})
    void score_shouldFollowTongueTip(BtatTongueTipType answer, int expected) {
        assertEquals(expected, answer.score());
    }

    @ParameterizedTest(name = "{0} scores {1}")
    @CsvSource({"TOP_OF_GUM_RIDGE, 0", "INNER_ASPECT_OF_GUM, 1", "FLOOR_OF_MOUTH, 2"})
    void score_shouldFollowFrenulumAttachment(BtatFrenulumAttachmentType answer, int expected) {
        assertEquals(expected, answer.score());
    }

    @ParameterizedTest(name = "{0} scores {1}")
    @CsvSource({"MINIMAL_LIFT, 0", "EDGES_ONLY_TO_MID_MOUTH, 1", "FULL_LIFT_TO_MID_MOUTH, 2"})
    void score_shouldFollowTongueLift(BtatTongueLiftType answer, int expected) {
        assertEquals(expected, answer.score());
    }

    @ParameterizedTest(name = "{0} scores {1}")
    @CsvSource({"TIP_BEHIND_GUM, 0", "TIP_OVER_GUM, 1", "TIP_OVER_LOWER_LIP, 2"})
    void score_shouldFollowTongueProtrusion(BtatTongueProtrusionType answer, int expected) {
        assertEquals(expected, answer.score());
    }

    @Test
    void total_shouldBeZeroWhenEveryItemScoresZero() {
        BtatAssessment lowest = new BtatAssessment(
                BtatTongueTipType.HEART_SHAPED,
                BtatFrenulumAttachmentType.TOP_OF_GUM_RIDGE,
                BtatTongueLiftType.MINIMAL_LIFT,
                BtatTongueProtrusionType.TIP_BEHIND_GUM);

        assertEquals(0, lowest.total());
        assertTrue(lowest.isAtOrBelowThreshold(AssessmentThresholds.defaults()));
    }

    @Test
    void total_shouldBeEightWhenEveryItemScoresTwo() {
        BtatAssessment highest = new BtatAssessment(
                BtatTongueTipType.ROUNDED,
                BtatFrenulumAttachmentType.FLOOR_OF_MOUTH,
                BtatTongueLiftType.FULL_LIFT_TO_MID_MOUTH,
                BtatTongueProtrusionType.TIP_OVER_LOWER_LIP);

        assertEquals(BtatAssessment.MAX_TOTAL, highest.total());
        assertFalse(highest.isAtOrBelowThreshold(AssessmentThresholds.defaults()));
    }

    @Test
    void flag_shouldReferAtFourWithTheDefaultCutOff() {
        BtatAssessment four = new BtatAssessment(
                BtatTongueTipType.ROUNDED,
                BtatFrenulumAttachmentType.FLOOR_OF_MOUTH,
                BtatTongueLiftType.MINIMAL_LIFT,
                BtatTongueProtrusionType.TIP_BEHIND_GUM);

        assertEquals(4, four.total());
        AssessmentFlag flag = four.flag(AssessmentThresholds.defaults()).orElseThrow();
        assertEquals(AssessmentFlagType.BTAT_FRENOTOMY_ASSESSMENT, flag.type());
        assertTrue(flag.source().contains("Arch Dis Child Fetal Neonatal Ed 2015;100:F344"));
    }

    @Test
    void flag_shouldNotReferAtFiveWithTheDefaultCutOff() {
        BtatAssessment five = new BtatAssessment(
                BtatTongueTipType.ROUNDED,
                BtatFrenulumAttachmentType.FLOOR_OF_MOUTH,
                BtatTongueLiftType.EDGES_ONLY_TO_MID_MOUTH,
                BtatTongueProtrusionType.TIP_BEHIND_GUM);

        assertEquals(5, five.total());
        assertFalse(five.isAtOrBelowThreshold(AssessmentThresholds.defaults()));
        assertTrue(five.flag(AssessmentThresholds.defaults()).isEmpty());
    }

    @Test
    void flag_shouldFollowAClinicCutOffAndItsSource() {
        BtatAssessment four = new BtatAssessment(
                BtatTongueTipType.ROUNDED,
                BtatFrenulumAttachmentType.FLOOR_OF_MOUTH,
                BtatTongueLiftType.MINIMAL_LIFT,
                BtatTongueProtrusionType.TIP_BEHIND_GUM);
        BtatAssessment five = new BtatAssessment(
                BtatTongueTipType.ROUNDED,
                BtatFrenulumAttachmentType.FLOOR_OF_MOUTH,
                BtatTongueLiftType.EDGES_ONLY_TO_MID_MOUTH,
                BtatTongueProtrusionType.TIP_BEHIND_GUM);
        AssessmentThresholds atOrBelow3 =
                AssessmentThresholds.defaults().withBtatReferAtOrBelow(3, "regional tongue-tie pathway");
        AssessmentThresholds atOrBelow5 =
                AssessmentThresholds.defaults().withBtatReferAtOrBelow(5, "regional tongue-tie pathway");

        assertTrue(four.flag(atOrBelow3).isEmpty());
        assertEquals(
                "regional tongue-tie pathway",
                five.flag(atOrBelow5).orElseThrow().source());
    }

    @Test
    void constructor_shouldRefuseAMissingAnswer() {
        assertThrows(
                NullPointerException.class,
                () -> new BtatAssessment(
                        BtatTongueTipType.ROUNDED,
                        null,
                        BtatTongueLiftType.MINIMAL_LIFT,
                        BtatTongueProtrusionType.TIP_BEHIND_GUM));
    }
}
