package org.lactationclinic.domain.charting;

import java.util.Collection;
import org.lactationclinic.domain.shared.Labelled;

/**
 * How an infant is fed at the time of a consultation, recorded per infant so that the outcome reports can count feeding
 * status at about 2 weeks, 6-8 weeks and 6 months (clinical-reference.md, section 6). Not recording it (null) is
 * "unknown" in the reports, never a guess.
 *
 * <p>Definitions: World Health Organization, <i>Indicators for assessing infant and young child feeding practices</i>
 * (2008; 2021 update), as adopted by the Academy of Breastfeeding Medicine (ABM) protocols. The label is the bundle key
 * {@code FeedingStatusType.VALUE}.
 */
public enum FeedingStatusType implements Labelled {
    /**
     * Exclusive breastfeeding: only breast milk, at the breast or expressed, and no other food or drink, not even
     * water, except vitamins, minerals, medicines and oral rehydration salts (WHO/ABM).
     */
    EXCLUSIVE,
    /** Partial breastfeeding: breast milk plus formula or any other food or drink. */
    PARTIAL,
    /** No breast milk. */
    NONE;

    /**
     * Whether this status contradicts the supplements recorded at the same consultation for the last 24 hours
     * (clinical-reference.md, section 6): "exclusive" with formula or any other milk that is not breast milk among them
     * is a contradiction to resolve before signing. Expressed and donor breast milk are breast milk
     * ({@link SupplementType#isBreastMilk()}) and contradict nothing; "partial" and "none" are not judged here, because
     * the reference names only this contradiction.
     *
     * @param last24Hours the types of the supplements recorded; nulls (a row not yet filled in) are ignored
     */
    public boolean contradicts(Collection<SupplementType> last24Hours) {
        return this == EXCLUSIVE && last24Hours.stream().anyMatch(type -> type != null && !type.isBreastMilk());
    }

    /**
     * Whether the infant receives any breast milk: England's 6-8 week prevalence counts these (totally + partially).
     */
    public boolean isAnyBreastMilk() {
        return this != NONE;
    }
}
