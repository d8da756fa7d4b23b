package org.lactationclinic.domain.assessment;

import org.lactationclinic.domain.shared.Labelled;

/**
 * The five appearance items of the Hazelbaker Assessment Tool for Lingual Frenulum Function, each scored 0-2, maximum
 * 10 (clinical-reference.md, section 1). The reference gives the count; the item names follow the tool as reprinted
 * with Hazelbaker's permission in Ballard, Auer &amp; Khoury, Pediatrics 2002;110:e63, Table 1.
 *
 * <p>The answer printed for each score is Hazelbaker's copyrighted wording, and on the form the item and the score
 * together identify the answer exactly; so an assessment stores the score chosen per item, and the printed answer is
 * the bundle entry {@link #answerKey(int)}.
 */
public enum HatlffAppearanceItemType implements Labelled {
    APPEARANCE_WHEN_LIFTED,
    ELASTICITY_OF_FRENULUM,
    LENGTH_OF_FRENULUM_WHEN_LIFTED,
    ATTACHMENT_TO_TONGUE,
    ATTACHMENT_TO_ALVEOLAR_RIDGE;

    /** Bundle key of the printed answer for a score, e.g. {@code HatlffAppearanceItemType.ELASTICITY_OF_FRENULUM.2}. */
    public String answerKey(int score) {
        return bundleKey() + "." + HatlffAssessment.requireItemScore(score, this);
    }
}
