package org.lactationclinic.domain.careplan;

import org.lactationclinic.domain.shared.Labelled;

/**
 * Whether a referral took place (issue 13, "Progress across visits"). Any of them closes the referral on the family
 * page: seen, or it did not happen and the consultant knows why; a new referral is a new line of a care plan.
 */
public enum ReferralOutcomeType implements Labelled {
    /** She or the baby was seen where referred. */
    SEEN,
    /** Not seen: no appointment given, or missed. */
    NOT_SEEN,
    /** The mother chose not to go. */
    DECLINED
}
