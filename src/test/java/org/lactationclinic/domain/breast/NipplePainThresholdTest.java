package org.lactationclinic.domain.breast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lactationclinic.domain.consultation.MotherFindings;
import org.lactationclinic.domain.shared.ConsultationFlag;
import org.lactationclinic.domain.wellbeing.EpdsThresholds;

/** clinical-reference.md, section 1: the nipple-pain threshold is configurable, default 4/10. */
class NipplePainThresholdTest {

    private static NipplePain pain(int highest) {
        return new NipplePain(highest, Set.of());
    }

    @Test
    void needsCauseFound_shouldFlag4ButNot3WithTheDefault() {
        assertTrue(pain(4).needsCauseFound());
        assertFalse(pain(3).needsCauseFound());
        assertEquals(4, NipplePain.DEFAULT_CAUSE_AT_OR_ABOVE);
    }

    @Test
    void needsCauseFound_shouldUseTheClinicsThresholdAtItsBoundary() {
        assertFalse(pain(5).needsCauseFound(6));
        assertTrue(pain(6).needsCauseFound(6));
        assertTrue(pain(1).needsCauseFound(1));
        assertFalse(pain(9).needsCauseFound(10));
        assertTrue(pain(10).needsCauseFound(10));
    }

    @Test
    void needsCauseFound_shouldStillFlagDamagedSkinWhateverTheThreshold() {
        assertTrue(new NipplePain(0, Set.of(NippleIntegrityType.CRACKED)).needsCauseFound(10));
    }

    @Test
    void needsCauseFound_shouldRefuseAThresholdOutside1To10() {
        assertThrows(IllegalArgumentException.class, () -> pain(5).needsCauseFound(0));
        assertThrows(IllegalArgumentException.class, () -> pain(5).needsCauseFound(11));
    }

    @Test
    void motherFlags_shouldReadTheClinicsThreshold() {
        MotherFindings mother = new MotherFindings();

        List<ConsultationFlag> atSix = mother.flags(EpdsThresholds.DEFAULTS, 6, List.of(5));
        List<ConsultationFlag> atFour = mother.flags(EpdsThresholds.DEFAULTS, 4, List.of(5));

        assertTrue(atSix.isEmpty());
        assertEquals(
                "BreastFlagType.NIPPLE_PAIN_EVALUATE_CAUSE", atFour.getFirst().flagKey());
    }
}
