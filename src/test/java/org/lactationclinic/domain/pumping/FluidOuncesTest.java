package org.lactationclinic.domain.pumping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** clinical-reference.md, conventions: 1 US fl oz = 29.5735 mL; ounces for display and entry only. */
class FluidOuncesTest {

    @Test
    void ofMillilitres_shouldGiveTheReferencesOuncesForTheBandLimits() {
        assertEquals(new BigDecimal("11.5"), FluidOunces.ofMillilitres(340)); // 11.497
        assertEquals(new BigDecimal("25.0"), FluidOunces.ofMillilitres(739)); // 24.989
        assertEquals(new BigDecimal("0.0"), FluidOunces.ofMillilitres(0));
    }

    @Test
    void ofMillilitres_shouldRoundHalfUpToOneDecimal() {
        // 1.4786875 mL is 0.05 oz exactly; whole millilitres: 2 mL = 0.0676 oz rounds up to 0.1, 1 mL = 0.0338 down to
        // 0.0
        assertEquals(new BigDecimal("0.1"), FluidOunces.ofMillilitres(2));
        assertEquals(new BigDecimal("0.0"), FluidOunces.ofMillilitres(1));
    }

    @Test
    void toMillilitres_shouldRoundHalfUpToTheWholeMillilitre() {
        assertEquals(118, FluidOunces.toMillilitres(new BigDecimal("4"))); // 118.294
        assertEquals(30, FluidOunces.toMillilitres(new BigDecimal("1"))); // 29.5735
    }

    @Test
    void conversions_shouldRefuseNegativeVolumes() {
        assertThrows(IllegalArgumentException.class, () -> FluidOunces.ofMillilitres(-1));
        assertThrows(IllegalArgumentException.class, () -> FluidOunces.toMillilitres(new BigDecimal("-0.1")));
    }
}
