package org.lactationclinic.domain.referral;

/** How a referral reached the clinic. Stored by name. */
public enum ReferralChannelType {
    /** A consultant uploaded a file on the inbox page. */
    UPLOAD,
    /** Another system posted it to the /fhir endpoint. */
    ENDPOINT
}
