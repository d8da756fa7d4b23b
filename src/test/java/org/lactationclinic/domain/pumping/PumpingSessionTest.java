package org.lactationclinic.domain.pumping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** A pumping log entry: per side or combined, and the ranges a log accepts. */
class PumpingSessionTest {

    private static final LocalDateTime START = LocalDateTime.of(2025, 3, 10, 6, 0);

    @Test
    void totalMl_shouldAddBothSides() {
        assertEquals(110, PumpingSession.perSide(START, 20, 60, 50).totalMl());
    }

    @Test
    void totalMl_shouldBeTheOneSideWhenOnlyOneWasPumped() {
        assertEquals(60, PumpingSession.perSide(START, 15, 60, null).totalMl());
        assertEquals(45, PumpingSession.perSide(START, 15, null, 45).totalMl());
    }

    @Test
    void totalMl_shouldBeTheCombinedVolume() {
        PumpingSession session = PumpingSession.combined(START, 20, 130);

        assertEquals(130, session.totalMl());
        assertTrue(session.isCombined());
        assertFalse(PumpingSession.perSide(START, 20, 60, 50).isCombined());
    }

    @Test
    void constructor_shouldAcceptZeroMillilitres() {
        assertEquals(0, PumpingSession.combined(START, 10, 0).totalMl());
        assertEquals(0, PumpingSession.perSide(START, 10, 0, 0).totalMl());
    }

    @Test
    void constructor_shouldRefusePerSideAndCombinedTogether() {
        assertThrows(IllegalArgumentException.class, () -> new PumpingSession(START, 20, 60, null, 60));
        assertThrows(IllegalArgumentException.class, () -> new PumpingSession(START, 20, null, 50, 50));
        assertThrows(IllegalArgumentException.class, () -> new PumpingSession(START, 20, 60, 50, 110));
    }

    @Test
    void constructor_shouldRefuseASessionWithoutAnyVolume() {
        assertThrows(IllegalArgumentException.class, () -> new PumpingSession(START, 20, null, null, null));
    }

    @Test
    void constructor_shouldAcceptVolumesFromZeroTo1000Millilitres() {
        assertEquals(2000, PumpingSession.perSide(START, 20, 1000, 1000).totalMl());
        assertEquals(1000, PumpingSession.combined(START, 20, 1000).totalMl());
    }

    @Test
    void constructor_shouldRefuseAVolumeBelowZeroOrAbove1000Millilitres() {
        assertThrows(IllegalArgumentException.class, () -> PumpingSession.perSide(START, 20, -1, 50));
        assertThrows(IllegalArgumentException.class, () -> PumpingSession.perSide(START, 20, 50, -1));
        assertThrows(IllegalArgumentException.class, () -> PumpingSession.perSide(START, 20, 1001, 50));
        assertThrows(IllegalArgumentException.class, () -> PumpingSession.perSide(START, 20, 50, 1001));
        assertThrows(IllegalArgumentException.class, () -> PumpingSession.combined(START, 20, -1));
        assertThrows(IllegalArgumentException.class, () -> PumpingSession.combined(START, 20, 1001));
    }

    @Test
    void constructor_shouldAcceptDurationsFromOneTo180Minutes() {
        assertEquals(1, PumpingSession.combined(START, 1, 5).durationMinutes());
        assertEquals(180, PumpingSession.combined(START, 180, 5).durationMinutes());
    }

    @Test
    void constructor_shouldRefuseADurationOfZeroOrAbove180Minutes() {
        assertThrows(IllegalArgumentException.class, () -> PumpingSession.combined(START, 0, 50));
        assertThrows(IllegalArgumentException.class, () -> PumpingSession.combined(START, 181, 50));
        assertThrows(IllegalArgumentException.class, () -> PumpingSession.combined(START, -20, 50));
    }

    @Test
    void constructor_shouldAcceptAPowerPumpingHour() {
        PumpingSession powerPumping = PumpingSession.perSide(START, PumpingSession.POWER_PUMPING_MINUTES, 40, 35);

        assertEquals(60, powerPumping.durationMinutes());
        assertEquals(75, powerPumping.totalMl());
    }

    @Test
    void constructor_shouldRefuseAMissingStart() {
        assertThrows(NullPointerException.class, () -> PumpingSession.combined(null, 20, 50));
    }

    @Test
    void limits_shouldBeTheFormRanges() {
        assertEquals(1, PumpingSession.MIN_DURATION_MINUTES);
        assertEquals(180, PumpingSession.MAX_DURATION_MINUTES);
        assertEquals(1000, PumpingSession.MAX_VOLUME_ML);
        assertEquals(60, PumpingSession.POWER_PUMPING_MINUTES);
    }

    @Test
    void problem_shouldNameWhatAFormLacksWithoutThrowing() {
        java.time.LocalDateTime at = java.time.LocalDateTime.of(2026, 3, 1, 6, 0);
        assertEquals(java.util.Optional.empty(), PumpingSession.problem(at, 20, 40, 35, null));
        assertEquals(
                java.util.Optional.of("A session needs its start"), PumpingSession.problem(null, 20, null, null, 50));
        assertTrue(
                PumpingSession.problem(at, null, null, null, 50).orElseThrow().contains("minutes"));
        assertTrue(PumpingSession.problem(at, 20, 40, null, 50).orElseThrow().contains("not both"));
        assertTrue(
                PumpingSession.problem(at, 20, null, null, null).orElseThrow().contains("needs a volume"));
        assertTrue(
                PumpingSession.problem(at, 20, null, null, 1001).orElseThrow().contains("0-1000"));
    }
}
