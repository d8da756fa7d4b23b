package org.lactationclinic.domain.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The configurable cut-offs of clinical-reference.md, section 1, each with its source. */
class AssessmentThresholdsTest {

    @Test
    void defaults_shouldBeTheReferenceCutOffs() {
        AssessmentThresholds defaults = AssessmentThresholds.defaults();

        assertEquals(7, defaults.latchFlagBelow());
        assertEquals(4, defaults.btatReferAtOrBelow());
        assertEquals(HatlffInterpretationType.HAZELBAKER, defaults.hatlffInterpretation());
        assertEquals(AssessmentThresholds.DEFAULT_LATCH_SOURCE, defaults.latchSource());
        assertEquals(AssessmentThresholds.DEFAULT_BTAT_SOURCE, defaults.btatSource());
    }

    @Test
    void withers_shouldChangeOnlyTheirOwnSetting() {
        AssessmentThresholds changed = AssessmentThresholds.defaults()
                .withLatchFlagBelow(9, "Kumar et al., J Hum Lact 2006")
                .withBtatReferAtOrBelow(3, "local pathway")
                .withHatlffInterpretation(HatlffInterpretationType.BALLARD);

        assertEquals(
                new AssessmentThresholds(
                        9, "Kumar et al., J Hum Lact 2006", 3, "local pathway", HatlffInterpretationType.BALLARD),
                changed);
        assertEquals(7, AssessmentThresholds.defaults().latchFlagBelow());
    }

    @Test
    void constructor_shouldRequireASourceForEveryCutOff() {
        AssessmentThresholds defaults = AssessmentThresholds.defaults();

        assertThrows(IllegalArgumentException.class, () -> defaults.withLatchFlagBelow(8, " "));
        assertThrows(IllegalArgumentException.class, () -> defaults.withBtatReferAtOrBelow(5, null));
        assertThrows(NullPointerException.class, () -> defaults.withHatlffInterpretation(null));
    }

    @Test
    void constructor_shouldRefuseCutOffsOutsideTheInstruments() {
        AssessmentThresholds defaults = AssessmentThresholds.defaults();

        assertThrows(IllegalArgumentException.class, () -> defaults.withLatchFlagBelow(0, "x"));
        assertThrows(IllegalArgumentException.class, () -> defaults.withLatchFlagBelow(11, "x"));
        assertThrows(IllegalArgumentException.class, () -> defaults.withBtatReferAtOrBelow(-1, "x"));
        assertThrows(IllegalArgumentException.class, () -> defaults.withBtatReferAtOrBelow(8, "x"));
        assertEquals(1, defaults.withLatchFlagBelow(1, "x").latchFlagBelow());
        assertEquals(10, defaults.withLatchFlagBelow(10, "x").latchFlagBelow());
        assertEquals(0, defaults.withBtatReferAtOrBelow(0, "x").btatReferAtOrBelow());
        assertEquals(7, defaults.withBtatReferAtOrBelow(7, "x").btatReferAtOrBelow());
    }
}
