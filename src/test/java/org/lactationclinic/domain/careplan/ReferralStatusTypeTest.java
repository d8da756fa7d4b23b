package org.lactationclinic.domain.careplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lactationclinic.domain.shared.ConsultationFlag;

/** Issue 13, rule 6: the referral state of the letter, with section 4's red flags as the boundary. */
class ReferralStatusTypeTest {

    private static final UUID BABY = UUID.randomUUID();
    private static final ConsultationFlag RED =
            new ConsultationFlag(BABY, "WeightFlagType.EXCESS_LOSS", "10.4", "NEWT", true);
    private static final ConsultationFlag ADVICE =
            new ConsultationFlag(BABY, "IntakeFlagType.FEW_STOOLS", "", "common", false);
    private static final Referral FRENOTOMY =
            new Referral(ReferralDestinationType.FRENOTOMY_ASSESSMENT, ReferralUrgencyType.WITHIN_WEEK, null);

    @Test
    void of_shouldBeRecommended_whenARedFlagHasNoReferral() {
        assertEquals(ReferralStatusType.REFERRAL_RECOMMENDED, ReferralStatusType.of(List.of(), List.of(ADVICE, RED)));
    }

    @Test
    void of_shouldBeNoneNeeded_whenOnlyAdvisoryFlags() {
        assertEquals(ReferralStatusType.NONE_NEEDED, ReferralStatusType.of(List.of(), List.of(ADVICE)));
        assertEquals(ReferralStatusType.NONE_NEEDED, ReferralStatusType.of(List.of(), List.of()));
    }

    @Test
    void of_shouldBeReferred_whenThePlanHoldsAReferral() {
        assertEquals(ReferralStatusType.REFERRED, ReferralStatusType.of(List.of(FRENOTOMY), List.of(RED)));
        assertEquals(ReferralStatusType.REFERRED, ReferralStatusType.of(List.of(FRENOTOMY), List.of()));
    }

    @Test
    void isAboutMother_shouldHoldForHerOwnReferralsOnly() {
        assertTrue(ReferralStatusType.isAboutMother(ReferralDestinationType.MENTAL_HEALTH));
        assertTrue(ReferralStatusType.isAboutMother(ReferralDestinationType.GP_OBSTETRICIAN));
        assertFalse(ReferralStatusType.isAboutMother(ReferralDestinationType.PAEDIATRICIAN));
        assertFalse(ReferralStatusType.isAboutMother(ReferralDestinationType.FRENOTOMY_ASSESSMENT));
    }
}
