package org.lactationclinic.domain.weight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lactationclinic.domain.weight.WeightFlagType.BIRTH_WEIGHT_NOT_REGAINED;
import static org.lactationclinic.domain.weight.WeightFlagType.EXCESS_LOSS;
import static org.lactationclinic.domain.weight.WeightFlagType.LOSS_ABOVE_LACTATION_EVALUATION;
import static org.lactationclinic.domain.weight.WeightFlagType.LOW_GAIN;
import static org.lactationclinic.domain.weight.WeightFlagType.REGAIN_PROJECTED_LATE;
import static org.lactationclinic.domain.weight.WeightFlagType.STILL_LOSING;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lactationclinic.domain.dyad.Infant;
import org.lactationclinic.domain.dyad.SexType;
import org.lactationclinic.domain.weight.WeightTrajectory.Point;
import org.lactationclinic.domain.weight.WeightTrajectory.Weighing;

/**
 * The rules of clinical-reference.md, section 2, on each side of every boundary, with the default thresholds. Weights
 * are chosen so the figure at the boundary is exact: for a 3000 g baby 2790 g is a loss of exactly 7.0 % and 2789 g,
 * the next whole gram, 7.03 %.
 */
class WeightTrajectoryTest {

    private static final LocalDateTime BIRTH = LocalDateTime.of(2025, 3, 1, 10, 0);

    /** A weighing on the given day of life, in the afternoon so day 0 is after the birth at 10:00. */
    private static Weighing onDay(int dayOfLife, int grams) {
        return new Weighing(BIRTH.toLocalDate().plusDays(dayOfLife).atTime(14, 0), grams);
    }

    private static List<Point> points(int birthGrams, Weighing... weighings) {
        return WeightTrajectory.of(birthGrams, BIRTH, List.of(weighings)).points();
    }

    private static Point last(int birthGrams, Weighing... weighings) {
        List<Point> points = points(birthGrams, weighings);
        return points.get(points.size() - 1);
    }

    // --- per cent change and the loss flags --------------------------------------------------------------

    @Test
    void percentChange_shouldBeExactlyMinusSevenForA210GramLossFrom3000() {
        Point point = last(3000, onDay(3, 2790));

        assertEquals(-7.0, point.percentChange());
        assertEquals(new BigDecimal("-7.0"), point.percentChangeDisplay());
    }

    @Test
    void flags_shouldNotAskForLactationEvaluationAtALossOfExactlySevenPercent() {
        Point point = last(3000, onDay(3, 2790));

        assertFalse(point.hasFlag(LOSS_ABOVE_LACTATION_EVALUATION));
        assertTrue(point.flags().isEmpty());
    }

    @Test
    void flags_shouldAskForLactationEvaluationOneGramBeyondSevenPercent() {
        Point point = last(3000, onDay(3, 2789));

        assertEquals(-7.0333, point.percentChange(), 0.0001);
        assertEquals(new BigDecimal("-7.0"), point.percentChangeDisplay());
        assertEquals(Set.of(LOSS_ABOVE_LACTATION_EVALUATION), point.flags());
    }

    @Test
    void flags_shouldCompareTheExactLossNotItsBinaryApproximation() {
        // 210.0 / 3000 * 100 is 7.000000000000001 in double arithmetic; the rule must still see 7.0
        assertTrue(210.0 / 3000 * 100 > 7.0);

        assertFalse(last(3000, onDay(3, 2790)).hasFlag(LOSS_ABOVE_LACTATION_EVALUATION));
    }

    @Test
    void flags_shouldRaiseExcessLossAndLactationEvaluationAtALossOfExactlyTenPercent() {
        Point point = last(3000, onDay(3, 2700));

        assertEquals(-10.0, point.percentChange());
        assertEquals(Set.of(LOSS_ABOVE_LACTATION_EVALUATION, EXCESS_LOSS), point.flags());
    }

    @Test
    void flags_shouldNotRaiseExcessLossOneGramShortOfTenPercent() {
        Point point = last(3000, onDay(3, 2701));

        assertEquals(new BigDecimal("-10.0"), point.percentChangeDisplay());
        assertEquals(Set.of(LOSS_ABOVE_LACTATION_EVALUATION), point.flags());
    }

    @Test
    void percentChange_shouldBePositiveForAGain() {
        Point point = last(3000, onDay(5, 3150));

        assertEquals(5.0, point.percentChange());
        assertFalse(point.belowBirthWeight());
        assertTrue(point.flags().isEmpty());
    }

    // --- display rounding --------------------------------------------------------------------------------

    @Test
    void percentChangeDisplay_shouldRoundANegativeTieAwayFromZero() {
        Point point = last(4000, onDay(3, 3734));

        assertEquals(-6.65, point.percentChange(), 1e-12);
        assertEquals(new BigDecimal("-6.7"), point.percentChangeDisplay());
    }

    @Test
    void percentChangeDisplay_shouldRoundAPositiveTieAwayFromZero() {
        Point point = last(4000, onDay(12, 4266));

        assertEquals(new BigDecimal("6.7"), point.percentChangeDisplay());
    }

    @Test
    void percentChangeDisplay_shouldRoundBelowATieTowardZero() {
        Point point = last(4000, onDay(3, 3735));

        assertEquals(-6.625, point.percentChange());
        assertEquals(new BigDecimal("-6.6"), point.percentChangeDisplay());
    }

    @Test
    void percentChangeDisplay_shouldShowATinyLossAsZeroWithoutAMinusSign() {
        Point point = last(5000, onDay(1, 4998));

        assertEquals(-0.04, point.percentChange(), 1e-12);
        assertEquals("0.0", point.percentChangeDisplay().toPlainString());
        assertTrue(point.belowBirthWeight());
    }

    // --- day of life -------------------------------------------------------------------------------------

    @Test
    void dayOfLife_shouldCountTheBirthDateAsDayZero() {
        Point point = last(3000, new Weighing(BIRTH.plusHours(13), 2950));

        assertEquals(0, point.dayOfLife());
    }

    @Test
    void dayOfLife_shouldAgreeWithInfantAgeAtAcrossMidnight() {
        LocalDateTime birth = LocalDateTime.of(2025, 3, 1, 23, 0);
        LocalDateTime weighedAt = LocalDateTime.of(2025, 3, 2, 1, 0);
        Infant infant = new Infant("Maya", "Okafor", SexType.FEMALE, birth, 275, 3400);

        Point point = WeightTrajectory.of(3400, birth, List.of(new Weighing(weighedAt, 3350)))
                .points()
                .get(0);

        assertEquals(1, point.dayOfLife());
        assertEquals(infant.ageAt(weighedAt).dayOfLife(), point.dayOfLife());
    }

    // --- nadir and gain per day --------------------------------------------------------------------------

    @Test
    void gainGramsPerDay_shouldBeAbsentWhenThisWeighingIsTheNadir() {
        Point point = last(3000, onDay(3, 2800));

        assertEquals(2800, point.nadirGrams());
        assertEquals(3, point.nadirDayOfLife());
        assertNull(point.gainGramsPerDay());
        assertNull(point.gainGramsPerDayDisplay());
        assertNull(point.projectedRegainDayOfLife());
        assertFalse(point.hasFlag(LOW_GAIN));
    }

    @Test
    void gainGramsPerDay_shouldBeMeasuredFromTheLowestEarlierWeight() {
        Point point = last(3000, onDay(2, 2800), onDay(3, 2850), onDay(6, 2920));

        assertEquals(2800, point.nadirGrams());
        assertEquals(2, point.nadirDayOfLife());
        assertEquals(30.0, point.gainGramsPerDay());
        assertEquals(new BigDecimal("30.0"), point.gainGramsPerDayDisplay());
    }

    // clinical-reference.md, section 2, row "The nadir": the lowest weight measured after birth, never the
    // birth weight; with a single post-birth weighing there is no gain rate

    @Test
    void gainGramsPerDay_shouldBeAbsentForTheOnlyPostBirthWeighingEvenAboveBirthWeight() {
        Point point = last(3000, onDay(5, 3150));

        assertEquals(3150, point.nadirGrams());
        assertEquals(5, point.nadirDayOfLife());
        assertNull(point.gainGramsPerDay());
        assertTrue(point.flags().isEmpty());
    }

    @Test
    void flags_shouldNotCallLowGainFromBirthWeightAtDayZeroWhenFirstWeighedOnDay14JustAboveIt() {
        // the case: 20 g over birth weight in 14 days would be 1.4 g/day measured from day 0
        Point point = last(3000, onDay(14, 3020));

        assertNull(point.gainGramsPerDay());
        assertFalse(point.hasFlag(LOW_GAIN));
        assertFalse(point.hasFlag(BIRTH_WEIGHT_NOT_REGAINED));
        assertTrue(point.flags().isEmpty());
    }

    @Test
    void gainGramsPerDay_shouldBeMeasuredFromTheFirstPostBirthWeighingAtTheNextVisit() {
        // first weighed above birth weight on day 14; 210 g more by day 21 = 30 g/day, not (3230 - 3000) / 21
        Point point = last(3000, onDay(14, 3020), onDay(21, 3230));

        assertEquals(3020, point.nadirGrams());
        assertEquals(14, point.nadirDayOfLife());
        assertEquals(30.0, point.gainGramsPerDay());
        assertFalse(point.hasFlag(LOW_GAIN));
    }

    @Test
    void flags_shouldNotCallExactlyTwentyGramsPerDayLowBetweenTwoWeighingsAboveBirthWeight() {
        Point point = last(3000, onDay(14, 3020), onDay(21, 3160));

        assertEquals(20.0, point.gainGramsPerDay());
        assertFalse(point.hasFlag(LOW_GAIN));
    }

    @Test
    void flags_shouldCallNineteenPoint9GramsPerDayLowBetweenTwoWeighingsAboveBirthWeight() {
        // 199 g in 10 days
        Point point = last(3000, onDay(14, 3020), onDay(24, 3219));

        assertEquals(19.9, point.gainGramsPerDay(), 1e-12);
        assertTrue(point.hasFlag(LOW_GAIN));
    }

    @Test
    void nadir_shouldBeTheLowestPostBirthWeighingNotTheBirthWeightWhenAllAreAbove() {
        Point point = last(3000, onDay(10, 3100), onDay(12, 3050), onDay(17, 3150));

        assertEquals(3050, point.nadirGrams());
        assertEquals(12, point.nadirDayOfLife());
        assertEquals(20.0, point.gainGramsPerDay());
    }

    @Test
    void gainGramsPerDay_shouldBeAbsentWhenTheNadirIsOnTheSameDayOfLife() {
        LocalDateTime dayThree = BIRTH.toLocalDate().plusDays(3).atStartOfDay();
        Point point = last(3000, new Weighing(dayThree.withHour(8), 2800), new Weighing(dayThree.withHour(18), 2830));

        assertEquals(2800, point.nadirGrams());
        assertNull(point.gainGramsPerDay());
        assertFalse(point.hasFlag(LOW_GAIN));
    }

    @Test
    void gainGramsPerDay_shouldCountAFlatWeightAfterTheNadirAsNoGain() {
        Point point = last(3000, onDay(3, 2800), onDay(5, 2800));

        assertEquals(3, point.nadirDayOfLife());
        assertEquals(0.0, point.gainGramsPerDay());
        assertTrue(point.hasFlag(LOW_GAIN));
        assertNull(point.projectedRegainDayOfLife());
    }

    @Test
    void gainGramsPerDayDisplay_shouldRoundHalfUpToOneDecimal() {
        Point point = last(3000, onDay(3, 2800), onDay(6, 2900));

        assertEquals(100.0 / 3, point.gainGramsPerDay());
        assertEquals(new BigDecimal("33.3"), point.gainGramsPerDayDisplay());
    }

    @Test
    void flags_shouldNotCallAGainOfExactlyTwentyGramsPerDayLow() {
        Point point = last(3000, onDay(3, 2800), onDay(8, 2900));

        assertEquals(20.0, point.gainGramsPerDay());
        assertFalse(point.hasFlag(LOW_GAIN));
    }

    @Test
    void flags_shouldCallAGainOf19Point9GramsPerDayLow() {
        Point point = last(3000, onDay(3, 2800), onDay(13, 2999));

        assertEquals(19.9, point.gainGramsPerDay(), 1e-12);
        assertEquals(new BigDecimal("19.9"), point.gainGramsPerDayDisplay());
        assertTrue(point.hasFlag(LOW_GAIN));
    }

    // --- back to birth weight by day 14 ------------------------------------------------------------------

    @Test
    void flags_shouldFlagAnInfantStillBelowBirthWeightOnDay14() {
        Point point = last(3000, onDay(14, 2999));

        assertTrue(point.belowBirthWeight());
        assertTrue(point.hasFlag(BIRTH_WEIGHT_NOT_REGAINED));
    }

    @Test
    void flags_shouldNotYetFlagAnInfantBelowBirthWeightOnDay13() {
        Point point = last(3000, onDay(13, 2999));

        assertTrue(point.belowBirthWeight());
        assertFalse(point.hasFlag(BIRTH_WEIGHT_NOT_REGAINED));
    }

    @Test
    void flags_shouldCountExactlyBirthWeightOnDay14AsBack() {
        Point point = last(3000, onDay(14, 3000));

        assertFalse(point.belowBirthWeight());
        assertFalse(point.hasFlag(BIRTH_WEIGHT_NOT_REGAINED));
    }

    // --- projected regain day ----------------------------------------------------------------------------

    @Test
    void projectedRegainDayOfLife_shouldNotFlagAProjectionOfExactlyDay14() {
        // gain 99 g in 3 days = 33 g/day; deficit 66 g = 2 days; day 12 + 2 = 14.0
        Point point = last(3000, onDay(9, 2835), onDay(12, 2934));

        assertEquals(33.0, point.gainGramsPerDay());
        assertEquals(14.0, point.projectedRegainDayOfLife());
        assertEquals(14L, point.projectedRegainDayOfLifeDisplay());
        assertFalse(point.hasFlag(REGAIN_PROJECTED_LATE));
    }

    @Test
    void projectedRegainDayOfLife_shouldFlagAProjectionOfDay14Point01AndShowDay15() {
        // gain 100 g in 3 days; deficit 67 g = 67 x 3 / 100 = 2.01 days; day 12 + 2.01 = 14.01
        Point point = last(3000, onDay(9, 2833), onDay(12, 2933));

        assertEquals(14.01, point.projectedRegainDayOfLife(), 1e-9);
        assertEquals(15L, point.projectedRegainDayOfLifeDisplay());
        assertTrue(point.hasFlag(REGAIN_PROJECTED_LATE));
    }

    @Test
    void projectedRegainDayOfLife_shouldBeAbsentOnceBirthWeightIsRegained() {
        Point point = last(3000, onDay(3, 2800), onDay(8, 3000));

        assertFalse(point.belowBirthWeight());
        assertNull(point.projectedRegainDayOfLife());
        assertNull(point.projectedRegainDayOfLifeDisplay());
    }

    @Test
    void projectedRegainDayOfLife_shouldBeAbsentWhileLosing() {
        Point point = last(3000, onDay(3, 2850), onDay(4, 2800));

        assertNull(point.gainGramsPerDay());
        assertNull(point.projectedRegainDayOfLife());
        assertFalse(point.hasFlag(REGAIN_PROJECTED_LATE));
    }

    @Test
    void projectedRegainDayOfLife_shouldAccompanyNotBackByDay14WhenStillGainingAfterIt() {
        Point point = last(3000, onDay(3, 2700), onDay(15, 2950));

        assertTrue(point.projectedRegainDayOfLife() > 15);
        assertTrue(point.flags().containsAll(Set.of(BIRTH_WEIGHT_NOT_REGAINED, REGAIN_PROJECTED_LATE)));
    }

    // --- still losing after day 5 ------------------------------------------------------------------------

    @Test
    void flags_shouldNotCallADropOnDay5StillLosing() {
        Point point = last(3000, onDay(4, 2900), onDay(5, 2890));

        assertFalse(point.hasFlag(STILL_LOSING));
    }

    @Test
    void flags_shouldCallADropOnDay6StillLosing() {
        Point point = last(3000, onDay(4, 2900), onDay(6, 2890));

        assertTrue(point.hasFlag(STILL_LOSING));
    }

    @Test
    void flags_shouldNotCallAnUnchangedWeightAfterDay5StillLosing() {
        Point point = last(3000, onDay(4, 2900), onDay(6, 2900));

        assertFalse(point.hasFlag(STILL_LOSING));
    }

    @Test
    void flags_shouldNotCompareTheFirstWeighingWithBirthWeightForStillLosing() {
        // below birth weight on day 7 is within the typical course (regain median day 8-9): no proof of losing
        Point point = last(3000, onDay(7, 2900));

        assertFalse(point.hasFlag(STILL_LOSING));
    }

    // --- the whole course --------------------------------------------------------------------------------

    @Test
    void of_shouldRaiseNoFlagForATypicalBreastfedCourse() {
        List<Point> points = points(3400, onDay(2, 3200), onDay(5, 3300), onDay(9, 3410));

        assertTrue(points.stream().allMatch(point -> point.flags().isEmpty()));
    }

    @Test
    void of_shouldTakeWeighingsInTimeOrderWhateverTheOrderGiven() {
        List<Point> points = points(3000, onDay(8, 2880), onDay(3, 2800), onDay(6, 2900));

        assertEquals(List.of(3L, 6L, 8L), points.stream().map(Point::dayOfLife).toList());
        assertTrue(points.get(2).hasFlag(STILL_LOSING));
        assertEquals(2800, points.get(2).nadirGrams());
    }

    @Test
    void of_shouldUseTheClinicsOwnThresholds() {
        WeightThresholds thresholds =
                new WeightThresholds(new BigDecimal("7.5"), new BigDecimal("12"), 10, new BigDecimal("25"), 4, 12);

        Point atThreshold = WeightTrajectory.of(3000, BIRTH, List.of(onDay(3, 2775)), thresholds)
                .points()
                .get(0);
        Point beyond = WeightTrajectory.of(3000, BIRTH, List.of(onDay(3, 2774)), thresholds)
                .points()
                .get(0);
        Point dayTen = WeightTrajectory.of(3000, BIRTH, List.of(onDay(10, 2999)), thresholds)
                .points()
                .get(0);

        assertFalse(atThreshold.hasFlag(LOSS_ABOVE_LACTATION_EVALUATION));
        assertTrue(beyond.hasFlag(LOSS_ABOVE_LACTATION_EVALUATION));
        assertTrue(dayTen.hasFlag(BIRTH_WEIGHT_NOT_REGAINED));
    }

    @Test
    void of_shouldJudgeEachTwinAgainstTheirOwnBirthWeightAndBirthTime() {
        LocalDateTime firstBorn = LocalDateTime.of(2025, 3, 1, 23, 55);
        LocalDateTime secondBorn = LocalDateTime.of(2025, 3, 2, 0, 7);
        Weighing sameScaleSameMoment = new Weighing(LocalDateTime.of(2025, 3, 15, 10, 0), 2280);

        Point first = WeightTrajectory.of(2500, firstBorn, List.of(sameScaleSameMoment))
                .points()
                .get(0);
        Point second = WeightTrajectory.of(2300, secondBorn, List.of(sameScaleSameMoment))
                .points()
                .get(0);

        assertEquals(14, first.dayOfLife());
        assertEquals(13, second.dayOfLife());
        assertEquals(Set.of(LOSS_ABOVE_LACTATION_EVALUATION, BIRTH_WEIGHT_NOT_REGAINED), first.flags());
        assertEquals(new BigDecimal("-0.9"), second.percentChangeDisplay());
        assertTrue(second.flags().isEmpty());
    }

    @Test
    void of_shouldGiveNoPointsWithoutWeighings() {
        assertTrue(WeightTrajectory.of(3000, BIRTH, List.of()).points().isEmpty());
    }

    @Test
    void of_shouldRefuseAWeighingBeforeBirth() {
        List<Weighing> weighings = List.of(new Weighing(BIRTH.minusMinutes(1), 3000));

        assertThrows(IllegalArgumentException.class, () -> WeightTrajectory.of(3000, BIRTH, weighings));
    }

    @Test
    void of_shouldRefuseABirthWeightThatIsNotPositive() {
        assertThrows(IllegalArgumentException.class, () -> WeightTrajectory.of(0, BIRTH, List.of()));
    }

    @Test
    void weighing_shouldRefuseAWeightThatIsNotPositive() {
        assertThrows(IllegalArgumentException.class, () -> onDay(3, 0));
        assertThrows(IllegalArgumentException.class, () -> onDay(3, -2800));
    }

    @Test
    void points_shouldNotBeModifiableFromOutside() {
        WeightTrajectory trajectory = WeightTrajectory.of(3000, BIRTH, List.of(onDay(3, 2700)));

        assertThrows(
                UnsupportedOperationException.class, () -> trajectory.points().clear());
        assertThrows(
                UnsupportedOperationException.class,
                () -> trajectory.points().get(0).flags().clear());
    }
}
