package org.lactationclinic.domain.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** WHO's plausibility limits (z < -6 or z > 5, the limits themselves plausible) and display rounding. */
class GrowthZScoreTest {

    @Test
    void of_shouldGiveTheFiftiethPercentileAtZeroExactly() {
        assertEquals(50.0, GrowthZScore.of(0).percentile());
    }

    @Test
    void of_shouldGiveOneHundredTimesPhi() {
        assertEquals(2.275013194817921, GrowthZScore.of(-2).percentile(), 1e-9);
        assertEquals(97.72498680518208, GrowthZScore.of(2).percentile(), 1e-9);
    }

    @Test
    void of_shouldTreatMinusSixItselfAsPlausible() {
        assertFalse(GrowthZScore.of(-6).implausible());
        assertTrue(GrowthZScore.of(Math.nextDown(-6.0)).implausible());
    }

    @Test
    void of_shouldTreatFiveItselfAsPlausible() {
        assertFalse(GrowthZScore.of(5).implausible());
        assertTrue(GrowthZScore.of(Math.nextUp(5.0)).implausible());
    }

    @ParameterizedTest(name = "z {0} is shown as {1}")
    @CsvSource({"-0.785, -0.79", "0.125, 0.13", "0.124999, 0.12", "-5.364043523709626, -5.36", "-0.001, 0.00"})
    void roundedZ_shouldRoundHalfUpToTwoDecimals(double z, String expected) {
        assertEquals(new BigDecimal(expected), GrowthZScore.of(z).roundedZ());
    }

    @Test
    void roundedPercentile_shouldRoundHalfUpToOneDecimal() {
        assertEquals(new BigDecimal("50.0"), GrowthZScore.of(0).roundedPercentile());
        assertEquals(new BigDecimal("97.7"), GrowthZScore.of(2).roundedPercentile());
        assertEquals(new BigDecimal("2.3"), GrowthZScore.of(-2).roundedPercentile());
    }

    @Test
    void constructor_shouldRefuseAFlagThatContradictsZ() {
        assertThrows(IllegalArgumentException.class, () -> new GrowthZScore(-7, 0.0, false));
        assertThrows(IllegalArgumentException.class, () -> new GrowthZScore(0, 50, true));
    }

    @Test
    void constructor_shouldRefuseAPercentileOutsideZeroToHundred() {
        assertThrows(IllegalArgumentException.class, () -> new GrowthZScore(0, 100.5, false));
        assertThrows(IllegalArgumentException.class, () -> new GrowthZScore(Double.NaN, 50, false));
    }
}
