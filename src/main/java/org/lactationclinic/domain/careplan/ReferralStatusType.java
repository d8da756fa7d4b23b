package org.lactationclinic.domain.careplan;

import java.util.Collection;
import org.lactationclinic.domain.shared.ConsultationFlag;
import org.lactationclinic.domain.shared.Labelled;

/**
 * Where a consultation stands on referral, for the letter to the baby's doctor (issue 13, rule 6). The one place that
 * decides it, so the letter can never say "no referral made" while it lists a flag that needs one. The flags that need
 * a referral are those of clinical-reference.md, section 4 ({@link ConsultationFlag#referral()}).
 */
public enum ReferralStatusType implements Labelled {
    /** The care plan holds at least one referral. */
    REFERRED,
    /** A section 4 red flag fired, but the care plan holds no referral: the doctor is asked to review. */
    REFERRAL_RECOMMENDED,
    /** No referral in the plan and no red flag among the findings. */
    NONE_NEEDED;

    /**
     * @param referrals the care plan's referrals that the letter reports (those about the mother are left out when the
     *     letter leaves her details out)
     * @param flags the flags the letter reports
     */
    public static ReferralStatusType of(Collection<Referral> referrals, Collection<ConsultationFlag> flags) {
        if (!referrals.isEmpty()) {
            return REFERRED;
        }
        return flags.stream().anyMatch(ConsultationFlag::referral) ? REFERRAL_RECOMMENDED : NONE_NEEDED;
    }

    /** The mother's own referrals (her GP/obstetrician, perinatal mental health) belong to her, not to the baby. */
    public static boolean isAboutMother(ReferralDestinationType destination) {
        return destination == ReferralDestinationType.GP_OBSTETRICIAN
                || destination == ReferralDestinationType.MENTAL_HEALTH;
    }
}
