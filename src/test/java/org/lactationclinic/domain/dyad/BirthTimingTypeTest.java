package org.lactationclinic.domain.dyad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The boundaries of ABM Protocol #10: late preterm 34+0 to 36+6, early term 37+0 to 38+6. */
class BirthTimingTypeTest {

    private static int days(int weeks, int extraDays) {
        return weeks * 7 + extraDays;
    }

    @ParameterizedTest(name = "{0}+{1} weeks is {2}")
    @CsvSource({
        "22, 0, PRETERM",
        "33, 6, PRETERM",
        "34, 0, LATE_PRETERM",
        "36, 6, LATE_PRETERM",
        "37, 0, EARLY_TERM",
        "38, 6, EARLY_TERM",
        "39, 0, TERM",
        "44, 6, TERM"
    })
    void ofGestationalAgeDays_shouldClassifyEachSideOfEveryBoundary(
            int weeks, int extraDays, BirthTimingType expected) {
        assertEquals(expected, BirthTimingType.ofGestationalAgeDays(days(weeks, extraDays)));
    }

    @Test
    void ofGestationalAgeDays_shouldUseCompletedDaysNotRoundedWeeks() {
        assertEquals(237, days(33, 6));
        assertEquals(BirthTimingType.PRETERM, BirthTimingType.ofGestationalAgeDays(237));
        assertEquals(BirthTimingType.LATE_PRETERM, BirthTimingType.ofGestationalAgeDays(238));
        assertEquals(BirthTimingType.EARLY_TERM, BirthTimingType.ofGestationalAgeDays(272));
        assertEquals(BirthTimingType.TERM, BirthTimingType.ofGestationalAgeDays(273));
    }

    @Test
    void isFeedingRisk_shouldFlagPretermLatePretermAndEarlyTerm() {
        assertTrue(BirthTimingType.PRETERM.isFeedingRisk());
        assertTrue(BirthTimingType.LATE_PRETERM.isFeedingRisk());
        assertTrue(BirthTimingType.EARLY_TERM.isFeedingRisk());
    }

    @Test
    void isFeedingRisk_shouldNotFlagTerm() {
        assertFalse(BirthTimingType.TERM.isFeedingRisk());
    }

    @Test
    void isFeedingRisk_shouldChangeBetween38Plus6And39Plus0() {
        assertTrue(BirthTimingType.ofGestationalAgeDays(days(38, 6)).isFeedingRisk());
        assertFalse(BirthTimingType.ofGestationalAgeDays(days(39, 0)).isFeedingRisk());
    }
}
