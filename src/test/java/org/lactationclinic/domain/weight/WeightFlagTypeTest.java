package org.lactationclinic.domain.weight;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WeightFlagTypeTest {

    @Test
    void getSource_shouldCiteTheSourceOfEachRule() {
        assertTrue(WeightFlagType.LOSS_ABOVE_LACTATION_EVALUATION.getSource().contains("Toronto Public Health protocol #12"));
        assertTrue(WeightFlagType.LOSS_ABOVE_LACTATION_EVALUATION.getSource().contains("AAP"));
        assertTrue(WeightFlagType.EXCESS_LOSS.getSource().contains("Flaherman"));
        assertTrue(WeightFlagType.NOT_BACK_BY_DAY_14.getSource().contains("Paul"));
        assertTrue(WeightFlagType.PROJECTED_REGAIN_AFTER_DAY_14.getSource().startsWith("derived"));
        assertTrue(WeightFlagType.LOW_GAIN.getSource().contains("Toronto Public Health protocol #12"));
        assertTrue(WeightFlagType.STILL_LOSING_AFTER_DAY_5.getSource().contains("Toronto Public Health protocol #12"));
    }

    @Test
    void getSource_shouldNeverBeBlank() {
        for (WeightFlagType flag : WeightFlagType.values()) {
            assertFalse(flag.getSource().isBlank(), flag.name());
        }
    }

    @Test
    void isReferral_shouldMarkTheWeightRedFlagsOfSection4() {
        Set<WeightFlagType> referrals = Arrays.stream(WeightFlagType.values())
                .filter(WeightFlagType::isReferral)
                .collect(Collectors.toSet());

        assertEquals(Set.of(WeightFlagType.EXCESS_LOSS, WeightFlagType.NOT_BACK_BY_DAY_14, WeightFlagType.LOW_GAIN),
                referrals);
    }

    @Test
    void supersededBy_shouldLetExcessLossStandForTheLactationEvaluationFlag() {
        assertEquals(Optional.of(WeightFlagType.EXCESS_LOSS),
                WeightFlagType.LOSS_ABOVE_LACTATION_EVALUATION.supersededBy());
        assertEquals(Optional.empty(), WeightFlagType.EXCESS_LOSS.supersededBy());
        assertEquals(Optional.empty(), WeightFlagType.LOW_GAIN.supersededBy());
    }
}
