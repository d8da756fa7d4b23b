package org.lactationclinic.domain.careplan;

import org.lactationclinic.domain.shared.Labelled;

/** How soon a referral must be seen, most urgent first. */
public enum ReferralUrgencyType implements Labelled {
    /**
     * Today: the red flags of clinical-reference.md section 4 that cannot wait (EPDS item 10, infant fever, mastitis
     * with fever).
     */
    SAME_DAY,
    WITHIN_WEEK,
    ROUTINE
}
