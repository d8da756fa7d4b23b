package org.lactationclinic.domain.referral;

/** Where a received referral stands. Stored by name. */
public enum ReceivedReferralStatusType {
    /** In the inbox, waiting for a consultant. */
    RECEIVED,
    /** Made part of a mother's record: her babies' weights imported, the answers kept with it. */
    ACCEPTED,
    /** Not taken into any record, with the consultant's reason; kept as it came. */
    REJECTED
}
