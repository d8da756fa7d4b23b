package org.lactationclinic.domain.pumping;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PumpingFlagTypeTest {

    private static final LocalDateTime AT = LocalDateTime.of(2025, 5, 10, 8, 0);

    @Test
    void getSource_shouldCiteTheSourceOfEachRule() {
        assertEquals("common guidance; Mago-Shah, J Perinatol 2023", PumpingFlagType.FEWER_THAN_8_SESSIONS.getSource());
        assertEquals("common guidance (configurable)", PumpingFlagType.LOW_VOLUME.getSource());
        assertEquals("Mago-Shah, J Perinatol 2023", PumpingFlagType.NOT_COMING_TO_VOLUME.getSource());
    }

    @Test
    void isReferral_shouldBeFalseForEveryFlag() {
        for (PumpingFlagType flag : PumpingFlagType.values()) {
            assertFalse(flag.isReferral(), flag.name());
        }
    }

    @Test
    void bundleKey_shouldBeEnumNameDotValue() {
        assertEquals("PumpingFlagType.FEWER_THAN_8_SESSIONS", PumpingFlagType.FEWER_THAN_8_SESSIONS.bundleKey());
        assertEquals("PumpingFlagType.NOT_COMING_TO_VOLUME", PumpingFlagType.NOT_COMING_TO_VOLUME.bundleKey());
    }

    @Test
    void messageArguments_shouldQuoteTheFigureAndTheClinicsThreshold() {
        PumpingLog.RollingTotal rolling = new PumpingLog.RollingTotal(AT.minusHours(24), AT, 310, 6, true);
        PumpingThresholds clinic = new PumpingThresholds(350, 750, 9, 550, 21);

        assertArrayEquals(new Object[] {6, 9}, PumpingFlagType.FEWER_THAN_8_SESSIONS.messageArguments(rolling, clinic));
        assertArrayEquals(new Object[] {310, 350}, PumpingFlagType.LOW_VOLUME.messageArguments(rolling, clinic));
        assertArrayEquals(new Object[] {21, 550}, PumpingFlagType.NOT_COMING_TO_VOLUME.messageArguments(rolling, clinic));
    }

    @Test
    void messageArguments_shouldRefuseMissingFigures() {
        assertThrows(NullPointerException.class,
                () -> PumpingFlagType.LOW_VOLUME.messageArguments(null, PumpingThresholds.DEFAULTS));
    }
}
