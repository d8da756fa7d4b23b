package org.lactationclinic.domain.reporting;

/**
 * The outcome "back to birth weight by day 14" (clinical-reference.md, section 2: breastfed infants regain birth weight
 * at a median of day 8-9, Macdonald 2003 and Paul 2016; not back by day 14 is a flag). Defined for the report as:
 *
 * <ul>
 *   <li><b>Infants counted</b> (denominator): infants due the {@link OutcomeCheckType#TWO_WEEKS} check in the period
 *       (day {@value #FOLLOW_UP_LAST_DAY} of life falls in it) who have at least one weight recorded on day
 *       {@value #FOLLOW_UP_FIRST_DAY}-{@value #FOLLOW_UP_LAST_DAY} of life at a non-voided consultation: only they were
 *       followed long enough to know.
 *   <li><b>Back by day 14</b> (numerator): among them, those with a weight at or above the birth weight recorded on or
 *       before day {@value #BY_DAY} of life. An infant first weighed again on day 15-21, even at or above birth weight,
 *       is counted as not back by day 14: the record cannot show it, and the flag reads the same.
 * </ul>
 *
 * Day of life is the calendar day of the weighing minus the calendar day of birth (birth = day 0).
 */
public final class BirthWeightRecovery {

    /** The day of life by which birth weight should be regained. */
    public static final int BY_DAY = 14;
    /** First day of the follow-up window that puts an infant in the denominator. */
    public static final int FOLLOW_UP_FIRST_DAY = 10;
    /** Last day of that window. */
    public static final int FOLLOW_UP_LAST_DAY = 21;

    private BirthWeightRecovery() {}

    /** Whether one weighing shows the infant back to birth weight by day 14. */
    public static boolean isBackByDay(long dayOfLife, int weightGrams, int birthWeightGrams) {
        return dayOfLife <= BY_DAY && weightGrams >= birthWeightGrams;
    }

    /** Whether a weighing on that day of life puts the infant in the denominator. */
    public static boolean isFollowUpDay(long dayOfLife) {
        return dayOfLife >= FOLLOW_UP_FIRST_DAY && dayOfLife <= FOLLOW_UP_LAST_DAY;
    }
}
