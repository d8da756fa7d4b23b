package org.lactationclinic.domain.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A count out of a denominator, as every report shows it: the percentage rounded half-up to one decimal for display
 * (clinical-reference.md, conventions), no percentage at all when the denominator is 0.
 */
public record Share(long count, long of) {

    public Share {
        if (count < 0 || of < 0 || count > of) {
            throw new IllegalArgumentException("A share is 0 <= count <= denominator: " + count + " of " + of);
        }
    }

    /** The percentage, rounded half-up to 1 decimal; empty when there is nothing to divide by. */
    public Optional<BigDecimal> percent() {
        if (of == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(count)
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(of), 1, RoundingMode.HALF_UP));
    }

    /** The percentage as report tables print it, or empty text when undefined. */
    public String percentText() {
        return percent().map(BigDecimal::toPlainString).orElse("");
    }
}
