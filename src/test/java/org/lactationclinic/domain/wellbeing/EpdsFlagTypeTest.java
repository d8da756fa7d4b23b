package org.lactationclinic.domain.wellbeing;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EpdsFlagTypeTest {

    @Test
    void getSource_shouldCiteTheScale() {
        for (EpdsFlagType flag : EpdsFlagType.values()) {
            assertTrue(flag.getSource().contains("Cox, Holden & Sagovsky, Br J Psychiatry 1987;150:782-6"), flag.name());
        }
        assertTrue(EpdsFlagType.SELF_HARM_URGENT.getSource().contains("item 10"));
    }

    @Test
    void isReferral_shouldMarkTheSelfHarmAndReferralFlags() {
        Set<EpdsFlagType> referrals = Arrays.stream(EpdsFlagType.values())
                .filter(EpdsFlagType::isReferral)
                .collect(Collectors.toSet());

        assertEquals(Set.of(EpdsFlagType.SELF_HARM_URGENT, EpdsFlagType.REFERRAL), referrals);
    }

    @Test
    void isUrgent_shouldMarkOnlyTheSelfHarmFlag() {
        Set<EpdsFlagType> urgent = Arrays.stream(EpdsFlagType.values())
                .filter(EpdsFlagType::isUrgent)
                .collect(Collectors.toSet());

        assertEquals(Set.of(EpdsFlagType.SELF_HARM_URGENT), urgent);
    }

    @Test
    void bundleKey_shouldBeEnumNameDotValue() {
        assertEquals("EpdsFlagType.SELF_HARM_URGENT", EpdsFlagType.SELF_HARM_URGENT.bundleKey());
        assertEquals("EpdsFlagType.ADVISORY", EpdsFlagType.ADVISORY.bundleKey());
    }
}
