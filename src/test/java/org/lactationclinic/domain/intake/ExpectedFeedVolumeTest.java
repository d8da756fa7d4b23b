package org.lactationclinic.domain.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.lactationclinic.domain.intake.TransferComparisonType.ABOVE;
import static org.lactationclinic.domain.intake.TransferComparisonType.BELOW;
import static org.lactationclinic.domain.intake.TransferComparisonType.WITHIN;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The ABM protocol #3 (2017) table of clinical-reference.md, section 2, at every hour and volume edge. */
class ExpectedFeedVolumeTest {

    @ParameterizedTest(name = "{0} h -> {1}-{2} mL")
    @CsvSource({
        "0, 2, 10", "23, 2, 10",
        "24, 5, 15", "47, 5, 15",
        "48, 15, 30", "71, 15, 30",
        "72, 30, 60", "95, 30, 60"
    })
    void forAgeInHours_shouldGiveTheBandOfTheTableAtEachBoundaryHour(long hours, int minMl, int maxMl) {
        ExpectedFeedVolume expected = ExpectedFeedVolume.forAgeInHours(hours).orElseThrow();

        assertEquals(minMl, expected.minMl());
        assertEquals(maxMl, expected.maxMl());
    }

    @Test
    void forAgeInHours_shouldStartAndEndEachBandOnWholeDays() {
        assertEquals(
                new ExpectedFeedVolume(0, 24, 2, 10),
                ExpectedFeedVolume.forAgeInHours(0).orElseThrow());
        assertEquals(
                new ExpectedFeedVolume(72, 96, 30, 60),
                ExpectedFeedVolume.forAgeInHours(95).orElseThrow());
    }

    @Test
    void forAgeInHours_shouldSayNothingFrom96Hours() {
        assertEquals(Optional.empty(), ExpectedFeedVolume.forAgeInHours(96));
        assertEquals(Optional.empty(), ExpectedFeedVolume.forAgeInHours(24 * 30));
    }

    @Test
    void forAgeInHours_shouldRefuseANegativeAge() {
        assertThrows(IllegalArgumentException.class, () -> ExpectedFeedVolume.forAgeInHours(-1));
    }

    @ParameterizedTest(name = "{0} h, {1} mL -> {2}")
    @CsvSource({
        "0, 1, BELOW", "0, 2, WITHIN", "0, 10, WITHIN", "0, 11, ABOVE",
        "24, 4, BELOW", "24, 5, WITHIN", "24, 15, WITHIN", "24, 16, ABOVE",
        "48, 14, BELOW", "48, 15, WITHIN", "48, 30, WITHIN", "48, 31, ABOVE",
        "72, 29, BELOW", "72, 30, WITHIN", "72, 60, WITHIN", "72, 61, ABOVE"
    })
    void compare_shouldCountBothEndsOfTheRangeAsWithin(long hours, int transferMl, TransferComparisonType result) {
        assertEquals(
                result, ExpectedFeedVolume.forAgeInHours(hours).orElseThrow().compare(transferMl));
    }

    @Test
    void compare_shouldCallNothingTakenBelow() {
        assertEquals(BELOW, ExpectedFeedVolume.forAgeInHours(0).orElseThrow().compare(0));
    }

    @Test
    void compare_shouldRefuseANegativeTransfer() {
        ExpectedFeedVolume expected = ExpectedFeedVolume.forAgeInHours(0).orElseThrow();

        assertThrows(IllegalArgumentException.class, () -> expected.compare(-1));
    }

    @Test
    void constructor_shouldRefuseABandOrRangeThatIsNotOne() {
        assertThrows(IllegalArgumentException.class, () -> new ExpectedFeedVolume(-1, 24, 2, 10));
        assertThrows(IllegalArgumentException.class, () -> new ExpectedFeedVolume(24, 24, 2, 10));
        assertThrows(IllegalArgumentException.class, () -> new ExpectedFeedVolume(0, 24, -1, 10));
        assertThrows(IllegalArgumentException.class, () -> new ExpectedFeedVolume(0, 24, 10, 2));
    }

    @Test
    void bundleKey_shouldBeEnumNameDotValue() {
        assertEquals("TransferComparisonType.BELOW", BELOW.bundleKey());
        assertEquals("TransferComparisonType.WITHIN", WITHIN.bundleKey());
        assertEquals("TransferComparisonType.ABOVE", ABOVE.bundleKey());
    }
}
