package org.lactationclinic.domain.pumping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.lactationclinic.domain.pumping.VolumeBandType.BORDERLINE;
import static org.lactationclinic.domain.pumping.VolumeBandType.FULL;
import static org.lactationclinic.domain.pumping.VolumeBandType.LOW;

import org.junit.jupiter.api.Test;

/** The 24-hour volume bands of clinical-reference.md, section 3, on each side of every boundary. */
class VolumeBandTypeTest {

    private static VolumeBandType band(int ml) {
        return VolumeBandType.of(ml, PumpingThresholds.DEFAULTS);
    }

    @Test
    void of_shouldBeLowBelow340Millilitres() {
        assertEquals(LOW, band(0));
        assertEquals(LOW, band(339));
    }

    @Test
    void of_shouldBeBorderlineFrom340To738Millilitres() {
        assertEquals(BORDERLINE, band(340));
        assertEquals(BORDERLINE, band(738));
    }

    @Test
    void of_shouldBeFullFrom739Millilitres() {
        assertEquals(FULL, band(739));
        assertEquals(FULL, band(1500));
    }

    @Test
    void of_shouldUseTheClinicsThresholds() {
        PumpingThresholds clinic = new PumpingThresholds(400, 800, 8, 500, 14);

        assertEquals(LOW, VolumeBandType.of(399, clinic));
        assertEquals(BORDERLINE, VolumeBandType.of(400, clinic));
        assertEquals(BORDERLINE, VolumeBandType.of(799, clinic));
        assertEquals(FULL, VolumeBandType.of(800, clinic));
    }

    @Test
    void of_shouldHaveNoBorderlineBandWhenTheLimitsMeet() {
        PumpingThresholds noBorderline = new PumpingThresholds(500, 500, 8, 500, 14);

        assertEquals(LOW, VolumeBandType.of(499, noBorderline));
        assertEquals(FULL, VolumeBandType.of(500, noBorderline));
    }

    @Test
    void of_shouldRefuseANegativeVolume() {
        assertThrows(IllegalArgumentException.class, () -> band(-1));
    }

    @Test
    void of_shouldRefuseMissingThresholds() {
        assertThrows(NullPointerException.class, () -> VolumeBandType.of(100, null));
    }

    @Test
    void bundleKey_shouldBeEnumNameDotValue() {
        assertEquals("VolumeBandType.BORDERLINE", BORDERLINE.bundleKey());
    }
}
