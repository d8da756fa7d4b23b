package org.lactationclinic.domain.charting;

import org.lactationclinic.domain.shared.Labelled;

/**
 * How an infant is fed at the time of a consultation, recorded per infant so that the outcome reports can
 * count feeding status at about 2 weeks, 6-8 weeks and 6 months (clinical-reference.md, section 6). Not
 * recording it (null) is "unknown" in the reports, never a guess.
 * <p>
 * Definitions: World Health Organization, <i>Indicators for assessing infant and young child feeding
 * practices</i> (2008; 2021 update), as adopted by the Academy of Breastfeeding Medicine (ABM) protocols. The
 * label is the bundle key {@code FeedingStatusType.VALUE}.
 */
public enum FeedingStatusType implements Labelled {
    /**
     * Exclusive breastfeeding: only breast milk, at the breast or expressed, and no other food or drink, not
     * even water, except vitamins, minerals, medicines and oral rehydration salts (WHO/ABM).
     */
    EXCLUSIVE,
    /** Partial breastfeeding: breast milk plus formula or any other food or drink. */
    PARTIAL,
    /** No breast milk. */
    NONE;

    /** Whether the infant receives any breast milk: England's 6-8 week prevalence counts these (totally + partially). */
    public boolean isAnyBreastMilk() {
        return this != NONE;
    }
}
