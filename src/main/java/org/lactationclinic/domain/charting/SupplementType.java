package org.lactationclinic.domain.charting;

import org.lactationclinic.domain.shared.Labelled;

/**
 * What an infant was given besides feeds at the breast (the supplement types).
 * The label is the bundle entry {@code SupplementType.VALUE}.
 */
public enum SupplementType implements Labelled {
    EXPRESSED_BREAST_MILK,
    DONOR_MILK,
    FORMULA;
}
