package org.lactationclinic.domain.consultation;

/** Kind of visit, as the clinic's activity reports count them. */
public enum ConsultationType {
    INITIAL,
    FOLLOW_UP,
    PHONE_VIDEO,
    HOME,
    INPATIENT
}
