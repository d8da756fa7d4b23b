package org.lactationclinic.domain.pumping;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Pumped millilitres shown in US fluid ounces, for the mothers who count in ounces (clinical-reference.md, conventions:
 * volumes in mL; ounces only as a display or entry convenience, 1 US fl oz = 29.5735 mL). The record and every rule
 * keep whole millilitres; ounces are rounded half-up to one decimal for display only, so no rounding ever decides a
 * band or a flag.
 */
public final class FluidOunces {

    /** 1 US fluid ounce in millilitres, as given in clinical-reference.md. */
    public static final BigDecimal ML_PER_US_FL_OZ = new BigDecimal("29.5735");

    private FluidOunces() {}

    /** Millilitres as fluid ounces, half-up to one decimal: 340 mL is 11.5 oz, 739 mL is 25.0 oz. */
    public static BigDecimal ofMillilitres(int ml) {
        if (ml < 0) {
            throw new IllegalArgumentException("A volume must not be negative: " + ml);
        }
        return BigDecimal.valueOf(ml).divide(ML_PER_US_FL_OZ, 1, RoundingMode.HALF_UP);
    }

    /**
     * Fluid ounces as whole millilitres, half-up, for a volume typed in ounces: 4 oz is 118 mL (118.294).
     *
     * @throws IllegalArgumentException when negative
     */
    public static int toMillilitres(BigDecimal ounces) {
        if (ounces == null || ounces.signum() < 0) {
            throw new IllegalArgumentException("A volume must not be negative: " + ounces);
        }
        return ounces.multiply(ML_PER_US_FL_OZ)
                .setScale(0, RoundingMode.HALF_UP)
                .intValueExact();
    }
}
