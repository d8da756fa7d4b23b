package org.lactationclinic.domain.shared;

/**
 * What every kind of clinical flag says about itself: the citation of its rule and whether it needs a referral
 * (clinical-reference.md, section 4). Implemented by enums, which supply {@link #name()} and
 * {@link #getDeclaringClass()}, so the bundle key follows the house rule {@code EnumName.VALUE}.
 */
public interface ClinicalFlagType extends Labelled {

    /** The citation of the rule, shown next to the flag. */
    String getSource();

    /** True for the red flags that need a referral. */
    boolean isReferral();
}
