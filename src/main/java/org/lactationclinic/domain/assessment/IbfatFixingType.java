package org.lactationclinic.domain.assessment;

import java.time.Duration;

/**
 * IBFAT item 3, fixing: time from placing the baby at the breast to latching on and feeding well. Matthews, Developing
 * an instrument to assess infant breastfeeding behaviour in the early neonatal period, Midwifery 1988;4:154-165
 * (clinical-reference.md, section 1): "0-3 min = 3, 3-10 min = 2, &gt;10 min = 1, did not latch = 0".
 *
 * <p>The printed bands "0-3" and "3-10" both include 3, so the source leaves exactly 3 minutes ambiguous; it goes to
 * the earlier, better band. 10 belongs to "3-10" only, as "&gt;10" excludes it. So exactly 3.0 minutes scores 3;
 * anything above 3 up to and including 10.0 scores 2; anything above 10 scores 1. A baby who did not latch is the
 * answer {@link #DID_NOT_LATCH}, not a number of minutes.
 */
public enum IbfatFixingType implements ScoredAnswer {
    /** Did not latch on. */
    DID_NOT_LATCH(0),
    /** Over 10 minutes. */
    OVER_10_MIN(1),
    /** Over 3 and up to 10 minutes. */
    FROM_3_TO_10_MIN(2),
    /** Starts to feed at once: 0 to 3 minutes inclusive. */
    WITHIN_3_MIN(3);

    /** Upper end, inclusive, of the band that scores 3. */
    public static final double SCORE_3_UP_TO_MINUTES = 3.0;
    /** Upper end, inclusive, of the band that scores 2. */
    public static final double SCORE_2_UP_TO_MINUTES = 10.0;

    private final int score;

    IbfatFixingType(int score) {
        this.score = score;
    }

    @Override
    public int score() {
        return score;
    }

    /**
     * The answer for a baby who latched after the given number of minutes: 3.0 gives {@link #WITHIN_3_MIN}, 3.01 and
     * 10.0 give {@link #FROM_3_TO_10_MIN}, 10.01 gives {@link #OVER_10_MIN}.
     *
     * @throws IllegalArgumentException for a negative, infinite or NaN time
     */
    public static IbfatFixingType ofMinutesToLatch(double minutes) {
        if (!Double.isFinite(minutes) || minutes < 0) {
            throw new IllegalArgumentException("Time to latch must be 0 minutes or more, was " + minutes);
        }
        if (minutes <= SCORE_3_UP_TO_MINUTES) {
            return WITHIN_3_MIN;
        }
        return minutes <= SCORE_2_UP_TO_MINUTES ? FROM_3_TO_10_MIN : OVER_10_MIN;
    }

    /** As {@link #ofMinutesToLatch(double)}, compared exactly (3 min 0.6 s is already over 3 minutes). */
    public static IbfatFixingType ofTimeToLatch(Duration timeToLatch) {
        if (timeToLatch.isNegative()) {
            throw new IllegalArgumentException("Time to latch cannot be negative: " + timeToLatch);
        }
        if (timeToLatch.compareTo(Duration.ofMinutes(3)) <= 0) {
            return WITHIN_3_MIN;
        }
        return timeToLatch.compareTo(Duration.ofMinutes(10)) <= 0 ? FROM_3_TO_10_MIN : OVER_10_MIN;
    }
}
