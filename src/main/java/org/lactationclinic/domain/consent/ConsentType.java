package org.lactationclinic.domain.consent;

import org.lactationclinic.domain.shared.Labelled;

/** What a mother consents to (issue 13, "Consent"; product.md, "Around the visit"). Stored by name. */
public enum ConsentType implements Labelled {
    /** Being assessed: the feed observed, the breasts examined, the questionnaires. */
    ASSESSMENT,
    /** Photographs of what was seen (nipple trauma, breast, the baby's mouth) kept in her record. */
    PHOTOGRAPHS,
    /** Her own findings in the letter to her baby's doctor. */
    SHARE_WITH_BABYS_DOCTOR,
    /** Her findings sent to her own doctor, obstetrician or midwife. */
    SHARE_WITH_OWN_PROVIDER
}
