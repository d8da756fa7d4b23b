package org.lactationclinic.domain.pumping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The defaults of clinical-reference.md, section 3, and the settings no rule could use. */
class PumpingThresholdsTest {

    @Test
    void defaults_shouldBeTheNumbersOfTheClinicalReference() {
        PumpingThresholds defaults = PumpingThresholds.DEFAULTS;

        assertEquals(340, defaults.lowBelowMl());
        assertEquals(739, defaults.fullAtOrAboveMl());
        assertEquals(8, defaults.minSessionsPer24h());
        assertEquals(500, defaults.atVolumeFromMl());
        assertEquals(14, defaults.comingToVolumeByDayPostpartum());
    }

    @Test
    void sources_shouldCiteTheClinicalReference() {
        assertEquals("common guidance (configurable)", PumpingThresholds.VOLUME_BANDS_SOURCE);
        assertEquals("Mago-Shah, J Perinatol 2023", PumpingThresholds.COMING_TO_VOLUME_SOURCE);
        assertEquals("common guidance; Mago-Shah, J Perinatol 2023", PumpingThresholds.FREQUENCY_SOURCE);
    }

    @Test
    void constructor_shouldAcceptEqualLowAndFullLimits() {
        assertEquals(500, new PumpingThresholds(500, 500, 8, 500, 14).lowBelowMl());
    }

    @Test
    void constructor_shouldRefuseALowLimitAboveTheFullLimit() {
        assertThrows(IllegalArgumentException.class, () -> new PumpingThresholds(740, 739, 8, 500, 14));
    }

    @Test
    void constructor_shouldRefuseANumberThatIsNotPositive() {
        assertThrows(IllegalArgumentException.class, () -> new PumpingThresholds(0, 739, 8, 500, 14));
        assertThrows(IllegalArgumentException.class, () -> new PumpingThresholds(340, 0, 8, 500, 14));
        assertThrows(IllegalArgumentException.class, () -> new PumpingThresholds(340, 739, 0, 500, 14));
        assertThrows(IllegalArgumentException.class, () -> new PumpingThresholds(340, 739, 8, 0, 14));
        assertThrows(IllegalArgumentException.class, () -> new PumpingThresholds(340, 739, 8, 500, 0));
        assertThrows(IllegalArgumentException.class, () -> new PumpingThresholds(-340, 739, 8, 500, 14));
    }
}
