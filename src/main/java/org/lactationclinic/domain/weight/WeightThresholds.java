package org.lactationclinic.domain.weight;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Every configurable number of the infant weight rules (clinical-reference.md, section 2), kept in one record so a
 * clinic admin can edit them as settings with the source next to each. Percentages and grams per day are
 * {@link BigDecimal} so that an admin's "7.5" is compared exactly; {@link WeightTrajectory} compares them against
 * unrounded, exact values, never against the rounded figures it displays.
 *
 * @param lactationEvaluationLossPercent loss from birth weight, in per cent, <em>above</em> which the infant needs a
 *     lactation evaluation. Default 7 (a loss of exactly 7.0 % is not flagged). Source: AAP as quoted; Toronto Public
 *     Health protocol #12.
 * @param excessLossPercent loss from birth weight, in per cent, <em>at or above</em> which the loss is excessive and a
 *     referral red flag (section 4). Default 10 (exactly 10.0 % is flagged). Source: NEWT study (Flaherman et al.).
 * @param regainBirthWeightByDayOfLife day of life (birth = day 0) by which birth weight should be regained; a weighing
 *     on this day or later still below birth weight is flagged. Default 14. Source: Paul et al., Pediatrics
 *     2016;138:e20162625; common practice. Breastfed infants regain at a median of day 8-9, so day 14 already catches
 *     the slow tail.
 * @param minimumGainGramsPerDay gain since the nadir, grams per day, <em>below</em> which gain is low. Default 20
 *     (exactly 20.0 g/day is not flagged): expected gain is 20-35 g/day for the first 3-4 months. Source: Toronto
 *     Public Health protocol #12.
 * @param stillLosingAfterDayOfLife day of life <em>after</em> which a weight below the previous weighing is flagged,
 *     because infants should be gaining by day 5. Default 5 (a drop on day 5 is not flagged, on day 6 it is). Source:
 *     Toronto Public Health protocol #12.
 * @param projectedRegainLatestDayOfLife latest acceptable projected day of regaining birth weight; a projection
 *     <em>after</em> it is flagged. Default 14 (a projection of exactly 14.0 is not flagged), matching
 *     {@code regainBirthWeightByDayOfLife} so the consultant is warned before the day 14 deadline is missed. Source:
 *     derived (deficit / current gain per day).
 */
public record WeightThresholds(
        BigDecimal lactationEvaluationLossPercent,
        BigDecimal excessLossPercent,
        int regainBirthWeightByDayOfLife,
        BigDecimal minimumGainGramsPerDay,
        int stillLosingAfterDayOfLife,
        int projectedRegainLatestDayOfLife) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The defaults of clinical-reference.md, section 2; what a clinic gets until an admin changes them. */
    public static final WeightThresholds DEFAULTS =
            new WeightThresholds(new BigDecimal("7"), new BigDecimal("10"), 14, new BigDecimal("20"), 5, 14);

    /**
     * Refuses settings no rule could use: a missing number, a percentage outside (0, 100), a negative gain or a
     * negative day. It does not force the excess-loss threshold above the evaluation threshold: an odd but deliberate
     * local setting is the clinic's decision, and both flags are computed independently.
     */
    public WeightThresholds {
        requirePercent(lactationEvaluationLossPercent, "lactationEvaluationLossPercent");
        requirePercent(excessLossPercent, "excessLossPercent");
        Objects.requireNonNull(minimumGainGramsPerDay, "minimumGainGramsPerDay");
        if (minimumGainGramsPerDay.signum() < 0) {
            throw new IllegalArgumentException(
                    "minimumGainGramsPerDay must not be negative: " + minimumGainGramsPerDay);
        }
        requireDay(regainBirthWeightByDayOfLife, "regainBirthWeightByDayOfLife");
        requireDay(stillLosingAfterDayOfLife, "stillLosingAfterDayOfLife");
        requireDay(projectedRegainLatestDayOfLife, "projectedRegainLatestDayOfLife");
    }

    private static void requirePercent(BigDecimal percent, String name) {
        Objects.requireNonNull(percent, name);
        if (percent.signum() <= 0 || percent.compareTo(HUNDRED) >= 0) {
            throw new IllegalArgumentException(name + " must be between 0 and 100 per cent: " + percent);
        }
    }

    private static void requireDay(int dayOfLife, String name) {
        if (dayOfLife < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + dayOfLife);
        }
    }
}
