package org.lactationclinic.domain.breast;

import org.lactationclinic.domain.shared.ClinicalFlagType;

/**
 * The mother's breast red flags of clinical-reference.md, section 4, each with its source. The label is the bundle
 * entry {@code BreastFlagType.VALUE}.
 */
public enum BreastFlagType implements ClinicalFlagType {
    /** Localized redness or a lump with fever: mastitis with systemic signs, refer (ABM #36, 2022). */
    MASTITIS_WITH_FEVER("ABM protocol #36 (2022): refer when fever or systemic signs", true),
    /**
     * Nipple pain that needs its cause found, whatever the EPDS ({@link NipplePain}): the highest pain anywhere in the
     * consultation at 4/10 or more, or blistered, cracked or bleeding skin. Not a section 4 referral: the consultant
     * evaluates latch and positioning, oral anatomy, infection, vasospasm and dermatitis.
     */
    NIPPLE_PAIN_EVALUATE_CAUSE("ABM protocol #26 (2016): persistent nipple pain, find the cause", false),
    /**
     * Nipple pain that needs its cause found ({@link NipplePain}) with an EPDS at the advisory cut-off or above: pain
     * with low mood, a referral red flag of section 4 (ABM #26). One visit cannot show that pain is persistent; the
     * text asks the consultant to judge.
     */
    PAIN_WITH_LOW_MOOD("ABM protocol #26: persistent pain with low mood", true);

    private final String source;
    private final boolean referral;

    BreastFlagType(String source, boolean referral) {
        this.source = source;
        this.referral = referral;
    }

    @Override
    public String getSource() {
        return source;
    }

    @Override
    public boolean isReferral() {
        return referral;
    }
}
