package org.lactationclinic.domain.dyad;

/** Mode of the birth, relevant to the timing of secretory activation. */
public enum DeliveryType {
    VAGINAL,
    ASSISTED_VAGINAL,
    PLANNED_CAESAREAN,
    UNPLANNED_CAESAREAN
}
