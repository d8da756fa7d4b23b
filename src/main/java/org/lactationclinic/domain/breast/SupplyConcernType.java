package org.lactationclinic.domain.breast;

import org.lactationclinic.domain.shared.Labelled;

/**
 * The supply concerns a consultant picks from (clinical-reference.md, section 3). The label is the bundle entry
 * {@code SupplyConcernType.VALUE}.
 */
public enum SupplyConcernType implements Labelled {
    PERCEIVED_LOW_SUPPLY,
    DELAYED_SECRETORY_ACTIVATION,
    LOW_MEASURED_SUPPLY,
    OVERSUPPLY_FORCEFUL_LETDOWN,
    ENGORGEMENT,
    SUPPLY_DROP,
    EXCLUSIVE_PUMPING_OUTPUT,
    SUPPLEMENTATION_DEPENDENCE;
}
