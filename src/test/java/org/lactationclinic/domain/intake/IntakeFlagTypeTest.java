package org.lactationclinic.domain.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class IntakeFlagTypeTest {

    @Test
    void getSource_shouldNeverBeBlank() {
        for (IntakeFlagType flag : IntakeFlagType.values()) {
            assertFalse(flag.getSource().isBlank(), flag.name());
        }
    }

    @Test
    void isReferral_shouldMarkOnlyTheOutputRedFlagOfSection4() {
        Set<IntakeFlagType> referrals = Arrays.stream(IntakeFlagType.values())
                .filter(IntakeFlagType::isReferral)
                .collect(Collectors.toSet());

        assertEquals(Set.of(IntakeFlagType.OUTPUT_RED_FLAG), referrals);
    }
}
