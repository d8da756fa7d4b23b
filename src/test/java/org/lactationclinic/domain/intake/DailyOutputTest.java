package org.lactationclinic.domain.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.lactationclinic.domain.intake.IntakeFlagType.FEW_FEEDS;
import static org.lactationclinic.domain.intake.IntakeFlagType.FEW_STOOLS;
import static org.lactationclinic.domain.intake.IntakeFlagType.FEW_WET_DIAPERS;
import static org.lactationclinic.domain.intake.IntakeFlagType.OUTPUT_RED_FLAG;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The output rules of clinical-reference.md, sections 2 and 4, on each side of every boundary. */
class DailyOutputTest {

    private static Set<IntakeFlagType> feedsFlags(int feeds) {
        return new DailyOutput(feeds, null, null).flags(10);
    }

    private static Set<IntakeFlagType> wetFlags(int wetDiapers, long dayOfLife) {
        return new DailyOutput(null, wetDiapers, null).flags(dayOfLife);
    }

    private static Set<IntakeFlagType> stoolFlags(int stools, long dayOfLife) {
        return new DailyOutput(null, null, stools).flags(dayOfLife);
    }

    // --- feeds -----------------------------------------------------------------------------------------

    @Test
    void flags_shouldFlagSevenFeedsButNotEight() {
        assertEquals(Set.of(FEW_FEEDS), feedsFlags(7));
        assertEquals(Set.of(), feedsFlags(8));
    }

    @Test
    void flags_shouldApplyTheFeedsRuleOnAnyDay() {
        assertEquals(Set.of(FEW_FEEDS), new DailyOutput(7, null, null).flags(0));
        assertEquals(Set.of(FEW_FEEDS), new DailyOutput(0, null, null).flags(60));
    }

    // --- wet diapers -------------------------------------------------------------------------------------

    @Test
    void flags_shouldHaveNoWetDiaperRuleOnDayZero() {
        assertEquals(Set.of(), wetFlags(0, 0));
    }

    @Test
    void flags_shouldExpectOneWetDiaperOnDayOne() {
        assertEquals(Set.of(FEW_WET_DIAPERS), wetFlags(0, 1));
        assertEquals(Set.of(), wetFlags(1, 1));
    }

    @Test
    void flags_shouldExpectFiveWetDiapersOnDayFive() {
        assertEquals(Set.of(FEW_WET_DIAPERS), wetFlags(4, 5));
        assertEquals(Set.of(), wetFlags(5, 5));
    }

    @Test
    void flags_shouldExpectSixWetDiapersFromDaySix() {
        assertEquals(Set.of(FEW_WET_DIAPERS), wetFlags(5, 6));
        assertEquals(Set.of(), wetFlags(6, 6));
        assertEquals(Set.of(FEW_WET_DIAPERS), wetFlags(5, 30));
        assertEquals(Set.of(), wetFlags(6, 30));
    }

    // --- stools --------------------------------------------------------------------------------------------

    @Test
    void flags_shouldHaveNoStoolRuleUpToDayFour() {
        assertEquals(Set.of(), stoolFlags(0, 4));
    }

    @Test
    void flags_shouldExpectThreeStoolsFromDayFive() {
        assertEquals(Set.of(FEW_STOOLS), stoolFlags(2, 5));
        assertEquals(Set.of(), stoolFlags(3, 5));
    }

    // --- red flag ------------------------------------------------------------------------------------------

    @Test
    void flags_shouldRaiseTheRedFlagFromDayFiveWhenBothWetAndStoolsAreLow() {
        assertEquals(Set.of(FEW_WET_DIAPERS, FEW_STOOLS, OUTPUT_RED_FLAG), new DailyOutput(null, 4, 2).flags(5));
        assertEquals(Set.of(FEW_WET_DIAPERS, FEW_STOOLS, OUTPUT_RED_FLAG), new DailyOutput(null, 5, 2).flags(6));
    }

    @Test
    void flags_shouldCountWetDiapersAgainstSixForTheRedFlagAlreadyOnDayFive() {
        // 5 wet diapers meet the day-of-life guidance on day 5, but not section 4's "< 6 wet and < 3 stools"
        assertEquals(Set.of(FEW_STOOLS, OUTPUT_RED_FLAG), new DailyOutput(null, 5, 2).flags(5));
    }

    @Test
    void flags_shouldNotRaiseTheRedFlagWhenEitherCountIsEnough() {
        assertEquals(Set.of(FEW_STOOLS), new DailyOutput(null, 6, 2).flags(5));
        assertEquals(Set.of(FEW_WET_DIAPERS), new DailyOutput(null, 4, 3).flags(5));
    }

    @Test
    void flags_shouldNotRaiseTheRedFlagBeforeDayFive() {
        assertEquals(Set.of(FEW_WET_DIAPERS), new DailyOutput(null, 0, 0).flags(4));
    }

    @Test
    void flags_shouldNotRaiseTheRedFlagWhenACountWasNotAsked() {
        assertEquals(Set.of(FEW_STOOLS), new DailyOutput(null, null, 0).flags(5));
        assertEquals(Set.of(FEW_WET_DIAPERS), new DailyOutput(null, 0, null).flags(5));
    }

    // --- missing and invalid counts ------------------------------------------------------------------------

    @Test
    void flags_shouldRaiseNothingWhenNothingWasAsked() {
        assertEquals(Set.of(), new DailyOutput(null, null, null).flags(10));
    }

    @Test
    void flags_shouldRaiseEveryFlagForAnInfantWithNoOutput() {
        assertEquals(
                Set.of(FEW_FEEDS, FEW_WET_DIAPERS, FEW_STOOLS, OUTPUT_RED_FLAG), new DailyOutput(0, 0, 0).flags(7));
    }

    @Test
    void flags_shouldBeUnmodifiable() {
        Set<IntakeFlagType> flags = new DailyOutput(0, null, null).flags(1);

        assertThrows(UnsupportedOperationException.class, () -> flags.add(FEW_STOOLS));
    }

    @Test
    void flags_shouldRefuseANegativeDayOfLife() {
        DailyOutput output = new DailyOutput(8, 6, 3);

        assertThrows(IllegalArgumentException.class, () -> output.flags(-1));
    }

    @Test
    void constructor_shouldRefuseANegativeCount() {
        assertThrows(IllegalArgumentException.class, () -> new DailyOutput(-1, null, null));
        assertThrows(IllegalArgumentException.class, () -> new DailyOutput(null, -1, null));
        assertThrows(IllegalArgumentException.class, () -> new DailyOutput(null, null, -1));
    }

    @Test
    void constructor_shouldKeepZeroAndCountsAboveTheFormLimits() {
        // The form limits are Bean Validation's (ValidationLimitsTest); the record keeps any count it is given.
        DailyOutput none = new DailyOutput(0, 0, 0);
        DailyOutput typo =
                new DailyOutput(DailyOutput.MAX_FEEDS + 1, DailyOutput.MAX_WET_DIAPERS + 1, DailyOutput.MAX_STOOLS + 1);

        assertEquals(List.of(0, 0, 0), List.of(none.feeds(), none.wetDiapers(), none.stools()));
        assertEquals(List.of(41, 31, 31), List.of(typo.feeds(), typo.wetDiapers(), typo.stools()));
    }

    @Test
    void expectedWetDiapers_shouldBeTheDayOfLifeOnDays1To5AndSixFromDay6() {
        assertEquals(1, DailyOutput.expectedWetDiapers(0), "the day of birth: the guidance starts at 1");
        assertEquals(1, DailyOutput.expectedWetDiapers(1));
        assertEquals(5, DailyOutput.expectedWetDiapers(5));
        assertEquals(6, DailyOutput.expectedWetDiapers(6));
        assertEquals(6, DailyOutput.expectedWetDiapers(40));
    }

    @Test
    void expectedStools_shouldBeNoneUntilDay4AndThreeAfter() {
        assertEquals(0, DailyOutput.expectedStools(4));
        assertEquals(3, DailyOutput.expectedStools(5));
        assertEquals(3, DailyOutput.expectedStools(40));
    }
}
