package org.lactationclinic.domain.consent;

import java.util.Set;

/**
 * What of the mother's own record a letter about her baby may carry (issue 13, rule 6, and "Consent"): her findings
 * only when she agreed to share with the baby's doctor and the consultant chose to include them in this letter; her
 * mental-health items (EPDS, item 10, pain with low mood, a mental-health referral) only when, in addition, the
 * consultant ticked them for this letter. Both are off unless chosen: the baby's letter is about the baby.
 *
 * @param motherFindings her breast, supply and pumping findings and her own referrals
 * @param mentalHealth her EPDS and what follows from it; never true without {@code motherFindings}
 */
public record MaternalDisclosure(boolean motherFindings, boolean mentalHealth) {

    /** The letter's default: nothing of the mother's own record. */
    public static final MaternalDisclosure NONE = new MaternalDisclosure(false, false);

    /** The flags that say something about her mental health (clinical-reference.md, section 1: EPDS; ABM #26). */
    private static final Set<String> MENTAL_HEALTH_FLAGS = Set.of(
            "EpdsFlagType.SELF_HARM_URGENT",
            "EpdsFlagType.REFERRAL",
            "EpdsFlagType.ADVISORY",
            "BreastFlagType.PAIN_WITH_LOW_MOOD");

    public MaternalDisclosure {
        mentalHealth = mentalHealth && motherFindings;
    }

    /**
     * What this letter may carry: what the consultant asked for, cut down to what the mother agreed to.
     *
     * @param sharingWithBabysDoctor her current consent to share with the baby's doctor
     * @param requestedFindings the consultant's choice for this letter: her findings
     * @param requestedMentalHealth the consultant's choice for this letter: her mental-health items
     */
    public static MaternalDisclosure allowed(
            boolean sharingWithBabysDoctor, boolean requestedFindings, boolean requestedMentalHealth) {
        boolean findings = sharingWithBabysDoctor && requestedFindings;
        return new MaternalDisclosure(findings, findings && requestedMentalHealth);
    }

    /** True when a flag with this bundle key is about her mental health. */
    public static boolean isMentalHealthFlag(String flagKey) {
        return MENTAL_HEALTH_FLAGS.contains(flagKey);
    }
}
