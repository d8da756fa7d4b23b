package org.lactationclinic.domain.assessment;

import org.lactationclinic.domain.shared.Labelled;

/**
 * IBFAT item 5, how the mother feels about the way the baby fed. Matthews, Developing an instrument to assess infant
 * breastfeeding behaviour in the early neonatal period, Midwifery 1988;4:154-165 (clinical-reference.md, section 1):
 * "recorded but not scored", so this enum deliberately does not implement {@link ScoredAnswer} and cannot be added to a
 * total by mistake. The answers follow the published form (Matthews 1988).
 */
public enum IbfatMaternalSatisfactionType implements Labelled {
    VERY_PLEASED,
    PLEASED,
    FAIRLY_PLEASED,
    NOT_PLEASED;
}
