package org.lactationclinic.domain.wellbeing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The configurable EPDS cut-offs of clinical-reference.md, section 1, with their source. */
class EpdsThresholdsTest {

    @Test
    void defaults_shouldBeCox1987() {
        EpdsThresholds defaults = EpdsThresholds.DEFAULTS;

        assertEquals(13, defaults.referralAtOrAbove());
        assertEquals(10, defaults.advisoryAtOrAbove());
        assertEquals(EpdsThresholds.DEFAULT_SOURCE, defaults.source());
        assertTrue(defaults.source().contains("Br J Psychiatry 1987;150:782-6"));
    }

    @Test
    void constructor_shouldAcceptALocalValidation() {
        EpdsThresholds local = new EpdsThresholds(12, 11, "  local validation 2024 ");

        assertEquals(12, local.referralAtOrAbove());
        assertEquals(11, local.advisoryAtOrAbove());
        assertEquals("local validation 2024", local.source());
    }

    @Test
    void constructor_shouldAcceptTheEdgesOfTheScale() {
        assertEquals(0, new EpdsThresholds(0, 0, "x").referralAtOrAbove());
        assertEquals(30, new EpdsThresholds(30, 30, "x").advisoryAtOrAbove());
        assertEquals(13, new EpdsThresholds(13, 13, "no advisory band").advisoryAtOrAbove());
    }

    @Test
    void constructor_shouldRefuseCutOffsOutsideTheScale() {
        assertThrows(IllegalArgumentException.class, () -> new EpdsThresholds(31, 10, "x"));
        assertThrows(IllegalArgumentException.class, () -> new EpdsThresholds(-1, -1, "x"));
        assertThrows(IllegalArgumentException.class, () -> new EpdsThresholds(13, -1, "x"));
    }

    @Test
    void constructor_shouldRefuseAnAdvisoryCutOffAboveTheReferralOne() {
        assertThrows(IllegalArgumentException.class, () -> new EpdsThresholds(12, 13, "x"));
    }

    @Test
    void constructor_shouldRequireASource() {
        assertThrows(IllegalArgumentException.class, () -> new EpdsThresholds(13, 10, null));
        assertThrows(IllegalArgumentException.class, () -> new EpdsThresholds(13, 10, " "));
    }
}
