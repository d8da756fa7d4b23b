package org.lactationclinic.domain.dyad;

import org.lactationclinic.domain.shared.Labelled;

/**
 * Conditions in a mother's history that bear on milk supply (clinical-reference.md, section 3: hormonal or medical
 * history; ABM protocol #9 lists them among the causes to look for before any galactagogue). The label is the bundle
 * entry {@code MaternalConditionType.VALUE}.
 */
public enum MaternalConditionType implements Labelled {
    POSTPARTUM_HAEMORRHAGE,
    RETAINED_PLACENTA,
    PCOS,
    THYROID_DISEASE,
    DIABETES,
    INSUFFICIENT_GLANDULAR_TISSUE,
    BREAST_SURGERY_OR_RADIATION;
}
