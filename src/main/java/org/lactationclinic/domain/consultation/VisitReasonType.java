package org.lactationclinic.domain.consultation;

import org.lactationclinic.domain.shared.Labelled;

/**
 * Why the dyad came, as the referrer or the mother states it (clinical-reference.md, section 7, "Reasons for the
 * visit"): a consultation records any number of them, and anything else in the words of {@link VisitReasons#other()}.
 * The reasons report counts mentions as entered: one visit with three reasons counts three times. Persisted by name;
 * the label is the bundle key {@code VisitReasonType.VALUE}.
 */
public enum VisitReasonType implements Labelled {
    WEIGHT_LOSS_OR_SLOW_GAIN,
    LATCH_DIFFICULTY,
    NIPPLE_PAIN_OR_DAMAGE,
    BREAST_PAIN_ENGORGEMENT_MASTITIS,
    LOW_MILK_SUPPLY,
    OVERSUPPLY,
    TONGUE_TIE_OR_ORAL_CONCERN,
    PUMPING_OR_RETURN_TO_WORK,
    SUPPLEMENTATION_OR_WEANING_PLAN,
    PRETERM_OR_NICU_FOLLOW_UP,
    TWINS_OR_MORE,
    MATERNAL_MOOD,
    ROUTINE_FOLLOW_UP
}
