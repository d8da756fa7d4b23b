package org.lactationclinic.domain.breast;

import org.lactationclinic.domain.shared.Labelled;

/**
 * The contributing factors to record with supply concerns (clinical-reference.md, section 3). The label is the bundle
 * entry {@code ContributingFactorType.VALUE}.
 */
public enum ContributingFactorType implements Labelled {
    FEEDING_PATTERN,
    LATCH_AND_TRANSFER,
    PACIFIER_AND_BOTTLE_USE,
    SKIN_TO_SKIN,
    NUTRITION_AND_HYDRATION,
    SLEEP,
    STRESS,
    MEDICATIONS,
    MEDICAL_HISTORY;
}
