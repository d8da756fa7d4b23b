package org.lactationclinic.domain.dyad;

/**
 * Birth timing from gestational age, for the feeding-risk banner on the infant.
 *
 * <p>Source: ABM Clinical Protocol #10, Breastfeeding the late preterm (34 0/7 to 36 6/7 weeks) and early term infant
 * (37 0/7 to 38 6/7 weeks), 2nd revision 2016: both groups are at higher risk of feeding difficulty, excess weight loss
 * and jaundice (clinical-reference.md, section 2).
 */
public enum BirthTimingType {
    /** Before 34+0 weeks. */
    PRETERM(true),
    /** 34+0 to 36+6 weeks. */
    LATE_PRETERM(true),
    /** 37+0 to 38+6 weeks. */
    EARLY_TERM(true),
    /** 39+0 weeks and later. */
    TERM(false);

    private static final int LATE_PRETERM_FROM_DAYS = 34 * 7;
    private static final int EARLY_TERM_FROM_DAYS = 37 * 7;
    private static final int TERM_FROM_DAYS = 39 * 7;

    private final boolean feedingRisk;

    BirthTimingType(boolean feedingRisk) {
        this.feedingRisk = feedingRisk;
    }

    public static BirthTimingType ofGestationalAgeDays(int days) {
        if (days < LATE_PRETERM_FROM_DAYS) {
            return PRETERM;
        }
        if (days < EARLY_TERM_FROM_DAYS) {
            return LATE_PRETERM;
        }
        return days < TERM_FROM_DAYS ? EARLY_TERM : TERM;
    }

    /** True when the infant should carry the feeding-risk banner. */
    public boolean isFeedingRisk() {
        return feedingRisk;
    }
}
