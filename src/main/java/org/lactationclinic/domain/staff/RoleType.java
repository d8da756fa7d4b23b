package org.lactationclinic.domain.staff;

/** What a staff member may do. Role names are the security roles declared in the application. */
public enum RoleType {
    /** Records and signs consultations. */
    CONSULTANT,
    /** Manages staff, settings and reports. An admin charts only if she is also a consultant. */
    ADMIN,
    /**
     * Another system (the hospital's, a paediatrician's): reads mothers' records and sends referrals over /fhir, no
     * pages.
     */
    INTEGRATION,
    /**
     * A monitoring system (Prometheus and the like): reads the server's metrics at /metrics over HTTP Basic, no pages,
     * no records.
     */
    MONITORING;

    public static final String CONSULTANT_ROLE = "CONSULTANT";
    public static final String ADMIN_ROLE = "ADMIN";
    public static final String INTEGRATION_ROLE = "INTEGRATION";
    public static final String MONITORING_ROLE = "MONITORING";
}
