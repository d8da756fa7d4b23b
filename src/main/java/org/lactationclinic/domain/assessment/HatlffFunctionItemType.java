package org.lactationclinic.domain.assessment;

import org.lactationclinic.domain.shared.Labelled;

/**
 * The seven function items of the Hazelbaker Assessment Tool for Lingual Frenulum Function, each scored 0-2, maximum
 * 14: lateralization, lift, extension, spread, cupping, peristalsis, snapback (clinical-reference.md, section 1). As
 * for {@link HatlffAppearanceItemType}, an assessment stores the score chosen per item and the printed answer is the
 * bundle entry {@link #answerKey(int)}.
 */
public enum HatlffFunctionItemType implements Labelled {
    LATERALIZATION,
    LIFT,
    EXTENSION,
    SPREAD,
    CUPPING,
    PERISTALSIS,
    SNAPBACK;

    /** Bundle key of the printed answer for a score, e.g. {@code HatlffFunctionItemType.SNAPBACK.0}. */
    public String answerKey(int score) {
        return bundleKey() + "." + HatlffAssessment.requireItemScore(score, this);
    }
}
