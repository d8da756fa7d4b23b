package org.lactationclinic.domain.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** IBFAT (Matthews 1988): four items 0-3, total 0-12, fixing bands 0-3 / 3-10 / >10 minutes, satisfaction unscored. */
class IbfatAssessmentTest {

    @ParameterizedTest(name = "{0} scores {1}")
    @CsvSource({
        "COULD_NOT_BE_AROUSED, 0",
        "NEEDED_VIGOROUS_STIMULATION, 1",
        "NEEDED_MILD_STIMULATION, 2",
        "FED_READILY, 3"
    })
    void score_shouldFollowReadiness(IbfatReadinessType answer, int expected) {
        assertEquals(expected, answer.score());
    }

    @ParameterizedTest(name = "{0} scores {1}")
    @CsvSource({"DID_NOT_ROOT, 0", "ROOTED_POORLY, 1", "NEEDED_COAXING, 2", "ROOTED_AT_ONCE, 3"})
    void score_shouldFollowRooting(IbfatRootingType answer, int expected) {
        assertEquals(expected, answer.score());
    }

    @ParameterizedTest(name = "{0} scores {1}")
    @CsvSource({"DID_NOT_LATCH, 0", "OVER_10_MIN, 1", "FROM_3_TO_10_MIN, 2", "WITHIN_3_MIN, 3"})
    void score_shouldFollowFixing(IbfatFixingType answer, int expected) {
        assertEquals(expected, answer.score());
    }

    @ParameterizedTest(name = "{0} scores {1}")
    @CsvSource({"DID_NOT_SUCK, 0", "SUCKED_POORLY, 1", "SUCKED_FAIRLY_WELL, 2", "SUCKED_WELL, 3"})
    void score_shouldFollowSucking(IbfatSuckingType answer, int expected) {
        assertEquals(expected, answer.score());
    }

    @ParameterizedTest(name = "latched after {0} min scores {1}")
    @CsvSource({"0.0, 3", "3.0, 3", "3.01, 2", "10.0, 2", "10.01, 1", "45.0, 1"})
    void ofMinutesToLatch_shouldPutEachSharedBoundaryInTheBetterBand(double minutes, int expectedScore) {
        assertEquals(expectedScore, IbfatFixingType.ofMinutesToLatch(minutes).score());
    }

    @Test
    void ofMinutesToLatch_shouldNameTheBandAtEachBoundary() {
        assertEquals(IbfatFixingType.WITHIN_3_MIN, IbfatFixingType.ofMinutesToLatch(3.0));
        assertEquals(IbfatFixingType.FROM_3_TO_10_MIN, IbfatFixingType.ofMinutesToLatch(3.01));
        assertEquals(IbfatFixingType.FROM_3_TO_10_MIN, IbfatFixingType.ofMinutesToLatch(10.0));
        assertEquals(IbfatFixingType.OVER_10_MIN, IbfatFixingType.ofMinutesToLatch(10.01));
    }

    @Test
    void ofMinutesToLatch_shouldRefuseNegativeOrUndefinedTimes() {
        assertThrows(IllegalArgumentException.class, () -> IbfatFixingType.ofMinutesToLatch(-0.01));
        assertThrows(IllegalArgumentException.class, () -> IbfatFixingType.ofMinutesToLatch(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> IbfatFixingType.ofMinutesToLatch(Double.POSITIVE_INFINITY));
    }

    @Test
    void didNotLatch_shouldScoreZero() {
        assertEquals(0, IbfatFixingType.DID_NOT_LATCH.score());
    }

    @Test
    void ofTimeToLatch_shouldUseTheSameBoundariesExactly() {
        assertEquals(3, IbfatFixingType.ofTimeToLatch(Duration.ofMinutes(3)).score());
        assertEquals(
                2,
                IbfatFixingType.ofTimeToLatch(Duration.ofMinutes(3).plusMillis(600))
                        .score());
        assertEquals(2, IbfatFixingType.ofTimeToLatch(Duration.ofMinutes(10)).score());
        assertEquals(
                1,
                IbfatFixingType.ofTimeToLatch(Duration.ofMinutes(10).plusMillis(600))
                        .score());
        assertThrows(IllegalArgumentException.class, () -> IbfatFixingType.ofTimeToLatch(Duration.ofSeconds(-1)));
    }

    @Test
    void total_shouldBeZeroWhenEveryScoredItemScoresZero() {
        IbfatAssessment lowest = new IbfatAssessment(
                IbfatReadinessType.COULD_NOT_BE_AROUSED,
                IbfatRootingType.DID_NOT_ROOT,
                IbfatFixingType.DID_NOT_LATCH,
                IbfatSuckingType.DID_NOT_SUCK,
                IbfatMaternalSatisfactionType.NOT_PLEASED);

        assertEquals(0, lowest.total());
    }

    @Test
    void total_shouldBeTwelveWhenEveryScoredItemScoresThree() {
        IbfatAssessment highest = new IbfatAssessment(
                IbfatReadinessType.FED_READILY,
                IbfatRootingType.ROOTED_AT_ONCE,
                IbfatFixingType.WITHIN_3_MIN,
                IbfatSuckingType.SUCKED_WELL,
                IbfatMaternalSatisfactionType.VERY_PLEASED);

        assertEquals(IbfatAssessment.MAX_TOTAL, highest.total());
    }

    @Test
    void total_shouldNotIncludeMaternalSatisfaction() {
        IbfatAssessment pleased = new IbfatAssessment(
                IbfatReadinessType.NEEDED_MILD_STIMULATION,
                IbfatRootingType.NEEDED_COAXING,
                IbfatFixingType.ofMinutesToLatch(5),
                IbfatSuckingType.SUCKED_FAIRLY_WELL,
                IbfatMaternalSatisfactionType.VERY_PLEASED);
        IbfatAssessment notPleased = new IbfatAssessment(
                IbfatReadinessType.NEEDED_MILD_STIMULATION,
                IbfatRootingType.NEEDED_COAXING,
                IbfatFixingType.ofMinutesToLatch(5),
                IbfatSuckingType.SUCKED_FAIRLY_WELL,
                IbfatMaternalSatisfactionType.NOT_PLEASED);

        assertEquals(8, pleased.total());
        assertEquals(8, notPleased.total());
        assertFalse(ScoredAnswer.class.isAssignableFrom(IbfatMaternalSatisfactionType.class));
        assertEquals(IbfatMaternalSatisfactionType.NOT_PLEASED, notPleased.maternalSatisfaction());
    }

    @Test
    void constructor_shouldRefuseAMissingAnswer() {
        assertThrows(
                NullPointerException.class,
                () -> new IbfatAssessment(
                        IbfatReadinessType.FED_READILY,
                        IbfatRootingType.ROOTED_AT_ONCE,
                        null,
                        IbfatSuckingType.SUCKED_WELL,
                        IbfatMaternalSatisfactionType.PLEASED));
    }

    @Test
    void bundleKey_shouldBeEnumNameDotValue() {
        assertEquals("IbfatFixingType.DID_NOT_LATCH", IbfatFixingType.DID_NOT_LATCH.bundleKey());
        assertEquals(
                "IbfatMaternalSatisfactionType.FAIRLY_PLEASED",
                IbfatMaternalSatisfactionType.FAIRLY_PLEASED.bundleKey());
    }
}
