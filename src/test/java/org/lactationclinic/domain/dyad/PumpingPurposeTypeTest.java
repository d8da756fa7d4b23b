package org.lactationclinic.domain.dyad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PumpingPurposeTypeTest {

    @Test
    void needsFrequentPumping_shouldBeTrueOnlyWhileEstablishingOrBuildingSupply() {
        assertTrue(PumpingPurposeType.ESTABLISH_SUPPLY.needsFrequentPumping());
        assertTrue(PumpingPurposeType.BUILD_SUPPLY.needsFrequentPumping());
        assertFalse(PumpingPurposeType.MAINTAIN.needsFrequentPumping());
        assertFalse(PumpingPurposeType.OCCASIONAL.needsFrequentPumping());
    }

    @Test
    void bundleKey_shouldBeEnumNameDotValue() {
        assertEquals("PumpingPurposeType.MAINTAIN", PumpingPurposeType.MAINTAIN.bundleKey());
    }
}
