package org.lactationclinic.domain.wellbeing;

import org.lactationclinic.domain.shared.ClinicalFlagType;

/**
 * What an EPDS screening asks the consultant to do (clinical-reference.md, sections 1 and 4), raised by
 * {@link EpdsScreening#flags(EpdsThresholds)}. The label comes from the bundle key {@code EpdsFlagType.VALUE}; a page
 * passes the total as {@code {0}}, which the referral and advisory labels show. Each flag carries the citation of its
 * rule; the cut-off numbers are the clinic's, so a page shows {@link EpdsThresholds#source()} with the referral and
 * advisory flags as well.
 *
 * <p>{@link #SELF_HARM_URGENT} stands on its own and may come with {@link #REFERRAL} or {@link #ADVISORY}; those two
 * never come together, because the stronger one stands for the weaker.
 */
public enum EpdsFlagType implements ClinicalFlagType {

    /** Item 10 (thoughts of harming herself) answered above 0, whatever the total: same-day safety assessment. */
    SELF_HARM_URGENT(
            "EPDS item 10 above 0, whatever the total: Cox, Holden & Sagovsky, Br J Psychiatry 1987;150:782-6",
            true,
            true),
    /** Complete screening at or above the referral cut-off: assess for depression. */
    REFERRAL("EPDS referral cut-off (default 13): Cox, Holden & Sagovsky, Br J Psychiatry 1987;150:782-6", true, false),
    /** Complete screening at or above the advisory cut-off but below the referral cut-off: greater sensitivity. */
    ADVISORY(
            "EPDS advisory cut-off (default 10): Cox, Holden & Sagovsky, Br J Psychiatry 1987;150:782-6", false, false);

    private final String source;
    private final boolean referral;
    private final boolean urgent;

    EpdsFlagType(String source, boolean referral, boolean urgent) {
        this.source = source;
        this.referral = referral;
        this.urgent = urgent;
    }

    /** The citation of the rule, for display next to the flag. Bibliographic, so not in the bundle. */
    @Override
    public String getSource() {
        return source;
    }

    /** True when the flag needs a referral (clinical-reference.md, section 4): the self-harm and referral flags. */
    @Override
    public boolean isReferral() {
        return referral;
    }

    /** True only for the self-harm flag, which must be acted on the same day, before she leaves. */
    public boolean isUrgent() {
        return urgent;
    }
}
