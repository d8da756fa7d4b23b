package org.lactationclinic.domain.audit;

import org.lactationclinic.domain.shared.Labelled;

/** Which kind of record an audit event is about. Stored by name: never rename a constant, only add. */
public enum AuditRecordType implements Labelled {
    MOTHER,
    INFANT,
    CONSULTATION,
    PUMPING_ENTRY,
    STAFF_USER,
    CLINIC_SETTING,
    /** An entry of the intervention library. */
    INTERVENTION,
    /** A clinic report (printed or exported); the record uuid is then empty and the detail names the report. */
    REPORT,
    /** A mother's consent decision (issue 13). */
    CONSENT,
    /** An entry of the provider directory. */
    PROVIDER,
    /** A photograph attached to a consultation (issue 13); every view of one is on record. */
    PHOTOGRAPH,
    /** Whether a referral of a consultation's care plan took place (issue 13). */
    REFERRAL_OUTCOME,
    /** A referral received from outside (the referral inbox, issue 14). */
    REFERRAL
}
