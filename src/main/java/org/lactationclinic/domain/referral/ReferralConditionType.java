package org.lactationclinic.domain.referral;

/**
 * The conditions of clinical-reference.md section 8, each said in plain words by the bundle key
 * {@code ReferralConditionType.NAME}.
 */
public enum ReferralConditionType {
    /** The mother submitted concerns. */
    MOTHER_CONCERNS,
    /** Day 4 or later and her milk has not come in. */
    MILK_NOT_IN_BY_DAY_4,
    /** Before day 7, the median interval between breastfeeds is over 3 hours. */
    FEEDS_MEDIAN_INTERVAL_OVER_3H,
    /** Before day 7, the longest interval between breastfeeds is over 5 hours. */
    FEEDS_LONGEST_INTERVAL_OVER_5H,
    /** Before day 7, fewer than 6 wet diapers a day on average. */
    FEW_WET_DIAPERS,
    /** Day 4 or later and stools have not transitioned. */
    STOOLS_NOT_TRANSITIONED_BY_DAY_4,
    /** Milk came in 2 or more days ago and stools have still not transitioned. */
    STOOLS_NOT_TRANSITIONED_AFTER_MILK,
    /** Before day 10, a weight under 91% of birth weight. */
    WEIGHT_UNDER_91_PERCENT_BEFORE_DAY_10,
    /** Day 10 to 14, a weight under 95% of birth weight. */
    WEIGHT_UNDER_95_PERCENT_DAY_10_TO_14,
    /** Day 14 or later, a weight below birth weight. */
    WEIGHT_BELOW_BIRTH_WEIGHT_FROM_DAY_14
}
