package org.lactationclinic.domain.dyad;

/** How the infant is fed at present, as the mother describes it. */
public enum FeedingMethodType {
    /** At the breast only. */
    BREAST,
    /** At the breast and expressed breast milk by bottle, cup or other method. */
    BREAST_AND_EXPRESSED,
    /** Expressed breast milk only (exclusive pumping). */
    EXPRESSED,
    /** Breast milk (at the breast or expressed) and formula. */
    BREAST_MILK_AND_FORMULA,
    /** Formula only. */
    FORMULA
}
