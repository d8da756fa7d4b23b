package org.lactationclinic.domain.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a score moved between a dyad's first and latest consultation in the period (LATCH total, BTAT total, nipple
 * pain).
 *
 * <ul>
 *   <li>A <b>dyad</b> is one mother with one infant; a dyad counts when it has at least two non-voided consultations in
 *       the period at which the score was recorded.
 *   <li><b>LATCH at a consultation</b>: the mean total (sum of the five items, Jensen 1994; only observed feeds with
 *       all five items answered) of the feeds observed for that infant at that consultation.
 *   <li><b>Nipple pain at a consultation</b>: the highest pain (0-10) recorded on a feed observed for that infant at
 *       that consultation.
 *   <li>Improved / unchanged / worse compare the latest with the first value; for LATCH higher is better, for pain
 *       lower is better ({@link #higherIsBetter}).
 * </ul>
 *
 * @param dyads dyads with a first and a latest value
 * @param firstTotal sum of the first values over those dyads
 * @param latestTotal sum of the latest values
 */
public record ScoreChange(
        long dyads,
        BigDecimal firstTotal,
        BigDecimal latestTotal,
        long improved,
        long unchanged,
        long worse,
        boolean higherIsBetter) {

    /** Mean of the first values, to 1 decimal (half-up); null with no dyad. */
    public BigDecimal firstMean() {
        return mean(firstTotal);
    }

    /** Mean of the latest values, to 1 decimal (half-up); null with no dyad. */
    public BigDecimal latestMean() {
        return mean(latestTotal);
    }

    /** Mean change (latest minus first), to 1 decimal; null with no dyad. */
    public BigDecimal meanChange() {
        return dyads == 0 ? null : mean(latestTotal.subtract(firstTotal));
    }

    private BigDecimal mean(BigDecimal total) {
        return dyads == 0 ? null : total.divide(BigDecimal.valueOf(dyads), 1, RoundingMode.HALF_UP);
    }

    /** Whether a move from first to latest is an improvement for this score. */
    public static int direction(BigDecimal first, BigDecimal latest, boolean higherIsBetter) {
        int sign = latest.compareTo(first);
        return higherIsBetter ? sign : -sign;
    }
}
