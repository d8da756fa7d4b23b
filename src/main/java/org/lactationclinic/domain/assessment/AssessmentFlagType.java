package org.lactationclinic.domain.assessment;

import org.lactationclinic.domain.shared.Labelled;

/** What an assessment flag asks the consultant to do. The bundle key is {@code AssessmentFlagType.VALUE}. */
public enum AssessmentFlagType implements Labelled {
    /** LATCH total below the clinic's cut-off: further evaluation of the feed. */
    LATCH_FURTHER_EVALUATION,
    /** BTAT total at or below the clinic's cut-off: refer for frenotomy assessment. */
    BTAT_FRENOTOMY_ASSESSMENT,
    /** HATLFF function impaired (Hazelbaker reading). */
    HATLFF_IMPAIRED_FUNCTION,
    /**
     * HATLFF scores suggest frenotomy (Hazelbaker: impaired function with low appearance; Ballard: significant
     * ankyloglossia).
     */
    HATLFF_FRENOTOMY_SUGGESTED;

    /** True when the flag asks for a referral (frenotomy assessment), not only a closer look at the feed. */
    public boolean isReferral() {
        return this != LATCH_FURTHER_EVALUATION;
    }
}
