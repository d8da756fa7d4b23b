package org.lactationclinic.domain.weight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WeightFlagTypeTest {

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

        assertEquals(
                Set.of(WeightFlagType.EXCESS_LOSS, WeightFlagType.BIRTH_WEIGHT_NOT_REGAINED, WeightFlagType.LOW_GAIN),
                referrals);
    }

    @Test
    void supersededBy_shouldLetExcessLossStandForTheLactationEvaluationFlag() {
        assertEquals(
                Optional.of(WeightFlagType.EXCESS_LOSS), WeightFlagType.LOSS_ABOVE_LACTATION_EVALUATION.supersededBy());
        assertEquals(Optional.empty(), WeightFlagType.EXCESS_LOSS.supersededBy());
        assertEquals(Optional.empty(), WeightFlagType.LOW_GAIN.supersededBy());
    }
}
