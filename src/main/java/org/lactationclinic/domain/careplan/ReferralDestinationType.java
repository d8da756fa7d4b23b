package org.lactationclinic.domain.careplan;

import org.lactationclinic.domain.shared.Labelled;

/**
 * Where a mother or baby is referred (clinical-reference.md, section 3: "referral (paediatrician, GP/OB, frenotomy
 * assessment, mental health)").
 */
public enum ReferralDestinationType implements Labelled {
    PAEDIATRICIAN,
    GP_OBSTETRICIAN,
    FRENOTOMY_ASSESSMENT,
    MENTAL_HEALTH,
    OTHER
}
