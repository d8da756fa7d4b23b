package org.lactationclinic.domain.growth;

/**
 * One row of a WHO LMS table: the Box-Cox power {@code l}, the median {@code m} and the coefficient of variation
 * {@code s} of a measurement at one age, for one sex.
 *
 * <p>Source: WHO Child Growth Standards (2006), Methods and development, chapter 7; the formulas are those of the
 * README of the shared WHO growth data (who-growth/README.md) and of WHO Anthro {@code R/z-score-helper.R}. WHO's
 * weight tables have no row with {@code l == 0}, but the log form is kept because it is part of the method.
 */
record LmsParameters(double l, double m, double s) {

    LmsParameters {
        if (!Double.isFinite(l) || !(m > 0) || !Double.isFinite(m) || !(s > 0) || !Double.isFinite(s)) {
            throw new IllegalArgumentException("Not a valid LMS row: L=" + l + ", M=" + m + ", S=" + s);
        }
    }

    /** The unrestricted z-score of measurement {@code y}: ((y/M)^L - 1) / (L S), or ln(y/M) / S when L = 0. */
    double unrestrictedZ(double y) {
        return l == 0 ? Math.log(y / m) / s : (Math.pow(y / m, l) - 1) / (l * s);
    }

    /**
     * The measurement at {@code z} on the LMS curve, C(z) = M (1 + L S z)^(1/L), or M e^(S z) when L = 0.
     *
     * @throws IllegalArgumentException when 1 + L S z is not positive, where the curve is not defined
     */
    double valueAt(double z) {
        if (l == 0) {
            return m * Math.exp(s * z);
        }
        double base = 1 + l * s * z;
        if (!(base > 0)) {
            throw new IllegalArgumentException("The LMS curve is not defined at z=" + z + " (1 + L S z <= 0)");
        }
        return m * Math.pow(base, 1 / l);
    }

    /**
     * WHO's restricted z-score for weight-based indicators: inside +-3 SD the LMS z-score; beyond, the distance from
     * C(+-3) measured in units of the 2-to-3 SD interval, because the LMS curve's tails are unreliable there (Methods
     * and development, chapter 7).
     */
    double restrictedZ(double y) {
        double z = unrestrictedZ(y);
        if (z > 3) {
            double sd3 = valueAt(3);
            return 3 + (y - sd3) / (sd3 - valueAt(2));
        }
        if (z < -3) {
            double sd3neg = valueAt(-3);
            return -3 + (y - sd3neg) / (valueAt(-2) - sd3neg);
        }
        return z;
    }
}
