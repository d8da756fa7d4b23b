package org.lactationclinic.domain.charting;

import org.lactationclinic.domain.shared.Labelled;

/**
 * What an infant was given besides feeds at the breast (the supplement types). The label is the bundle entry
 * {@code SupplementType.VALUE}.
 */
public enum SupplementType implements Labelled {
    EXPRESSED_BREAST_MILK,
    DONOR_MILK,
    FORMULA;

    /**
     * Human milk, the mother's own or a donor's: WHO counts breast milk "including expressed or from a wet nurse" as
     * breast milk, so it keeps feeding exclusive (clinical-reference.md, section 6). Formula is other milk.
     */
    public boolean isBreastMilk() {
        return this != FORMULA;
    }
}
