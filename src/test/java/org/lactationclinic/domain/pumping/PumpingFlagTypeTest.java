package org.lactationclinic.domain.pumping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class PumpingFlagTypeTest {

    @Test
    void getSource_shouldCiteTheSourceOfEachRule() {
        assertEquals("common guidance; Mago-Shah, J Perinatol 2023", PumpingFlagType.FEW_PUMPING_SESSIONS.getSource());
        assertEquals("common guidance (configurable)", PumpingFlagType.LOW_VOLUME.getSource());
        assertEquals("Mago-Shah, J Perinatol 2023", PumpingFlagType.NOT_YET_AT_VOLUME.getSource());
    }

    @Test
    void isReferral_shouldBeFalseForEveryFlag() {
        for (PumpingFlagType flag : PumpingFlagType.values()) {
            assertFalse(flag.isReferral(), flag.name());
        }
    }

    @Test
    void bundleKey_shouldBeEnumNameDotValue() {
        assertEquals("PumpingFlagType.FEW_PUMPING_SESSIONS", PumpingFlagType.FEW_PUMPING_SESSIONS.bundleKey());
        assertEquals("PumpingFlagType.NOT_YET_AT_VOLUME", PumpingFlagType.NOT_YET_AT_VOLUME.bundleKey());
    }

    @Test
    void figure_shouldBeTheSessionsForTheSessionsRulesAndTheMillilitresForTheVolumeRules() {
        assertEquals(6, PumpingFlagType.FEW_PUMPING_SESSIONS.figure(310, 6));
        assertEquals(6, PumpingFlagType.PURPOSE_NOT_RECORDED.figure(310, 6));
        assertEquals(310, PumpingFlagType.LOW_VOLUME.figure(310, 6));
        assertEquals(310, PumpingFlagType.NOT_YET_AT_VOLUME.figure(310, 6));
    }
}
