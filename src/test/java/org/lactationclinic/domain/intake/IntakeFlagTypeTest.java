package org.lactationclinic.domain.intake;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IntakeFlagTypeTest {

    @Test
    void getSource_shouldCiteTheSourceOfEachRule() {
        assertTrue(IntakeFlagType.LOW_TRANSFER.getSource().contains("ABM protocol #3 (2017)"));
        assertEquals("common guidance", IntakeFlagType.FEWER_THAN_8_FEEDS.getSource());
        assertEquals("common guidance", IntakeFlagType.FEW_WET_DIAPERS.getSource());
        assertEquals("common guidance", IntakeFlagType.FEW_STOOLS.getSource());
        assertEquals("clinical-reference.md section 4: common guidance", IntakeFlagType.OUTPUT_RED_FLAG.getSource());
    }

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

    @Test
    void bundleKey_shouldBeEnumNameDotValue() {
        assertEquals("IntakeFlagType.LOW_TRANSFER", IntakeFlagType.LOW_TRANSFER.bundleKey());
        assertEquals("IntakeFlagType.OUTPUT_RED_FLAG", IntakeFlagType.OUTPUT_RED_FLAG.bundleKey());
    }
}
