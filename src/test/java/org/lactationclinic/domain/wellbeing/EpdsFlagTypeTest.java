package org.lactationclinic.domain.wellbeing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EpdsFlagTypeTest {

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
}
