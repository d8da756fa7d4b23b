package org.lactationclinic.domain.charting;

/**
 * What an infant was given besides feeds at the breast (the supplement types).
 * The label is the bundle entry {@code SupplementType.VALUE}.
 */
public enum SupplementType {
    EXPRESSED_BREAST_MILK,
    DONOR_MILK,
    FORMULA;

    public String bundleKey() {
        return getDeclaringClass().getSimpleName() + "." + name();
    }
}
