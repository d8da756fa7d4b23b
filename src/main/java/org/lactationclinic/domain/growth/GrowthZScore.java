package org.lactationclinic.domain.growth;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * A WHO growth z-score with its percentile and WHO's plausibility flag.
 *
 * <p>The values are unrounded, because comparisons and flags must not depend on display rounding
 * (clinical-reference.md, conventions). {@link #roundedZ()} gives z to 2 decimals as WHO reports it, and
 * {@link #roundedPercentile()} the percentile to 1 decimal as the clinic displays percentages, both rounded half-up
 * from the value's shortest decimal form ({@link BigDecimal#valueOf(double)}).
 *
 * <p>Percentile = 100 &Phi;(z), &Phi; the standard normal distribution function (WHO Child Growth Standards 2006,
 * Methods and development, chapter 7). WHO flags a weight-for-age z-score below -6 or above 5 as biologically
 * implausible, most likely a measuring or entry error; the limits themselves are plausible because WHO's rule is strict
 * ({@code z < -6 || z > 5}, WHO Anthro flag rules).
 *
 * @param z the z-score, unrounded
 * @param percentile 100 &Phi;(z), between 0 and 100, unrounded
 * @param implausible true when z is below -6 or above 5
 */
public record GrowthZScore(double z, double percentile, boolean implausible) implements Serializable {

    /** WHO's lower plausibility limit for weight-for-age; a z of exactly -6 is plausible. */
    public static final double IMPLAUSIBLE_BELOW = -6;
    /** WHO's upper plausibility limit for weight-for-age; a z of exactly 5 is plausible. */
    public static final double IMPLAUSIBLE_ABOVE = 5;

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

    public GrowthZScore {
        if (!Double.isFinite(z)) {
            throw new IllegalArgumentException("z must be a finite number, was " + z);
        }
        if (!(percentile >= 0 && percentile <= 100)) {
            throw new IllegalArgumentException("percentile must be between 0 and 100, was " + percentile);
        }
        if (implausible != isImplausible(z)) {
            throw new IllegalArgumentException("implausible must be " + isImplausible(z) + " for z=" + z);
        }
    }

    /** The z-score with its percentile, 100 &Phi;(z), and WHO's plausibility flag derived from it. */
    public static GrowthZScore of(double z) {
        // Adding 0.0 turns the -0.0 of a weight exactly at the median (with a negative L) into 0.0, so that
        // no display shows "-0.00".
        double unsignedZero = z + 0.0;
        return new GrowthZScore(
                unsignedZero, 100 * STANDARD_NORMAL.cumulativeProbability(unsignedZero), isImplausible(unsignedZero));
    }

    private static boolean isImplausible(double z) {
        return z < IMPLAUSIBLE_BELOW || z > IMPLAUSIBLE_ABOVE;
    }

    /** z to 2 decimals, half-up, as WHO reports it (-0.785 becomes -0.79). */
    public BigDecimal roundedZ() {
        return BigDecimal.valueOf(z).setScale(2, RoundingMode.HALF_UP);
    }

    /** The percentile to 1 decimal, half-up, as the clinic displays percentages. */
    public BigDecimal roundedPercentile() {
        return BigDecimal.valueOf(percentile).setScale(1, RoundingMode.HALF_UP);
    }
}
