package org.lactationclinic.domain.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.lactationclinic.domain.intake.IntakeFlagType.LOW_TRANSFER;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lactationclinic.domain.shared.ClinicalRuleException;

/** Test weighing (Haase 2009; 1 g ≈ 1 mL) and the low-transfer flag against the ABM protocol #3 table. */
class MilkTransferTest {

    @Test
    void millilitres_shouldBePostFeedMinusPreFeedGrams() {
        assertEquals(24, MilkTransfer.millilitres(3456, 3480));
    }

    @Test
    void millilitres_shouldAllowZeroWhenTheBabyTookNothing() {
        assertEquals(0, MilkTransfer.millilitres(3456, 3456));
    }

    @Test
    void millilitres_shouldRefuseALighterBabyAfterTheFeed() {
        ClinicalRuleException refused =
                assertThrows(ClinicalRuleException.class, () -> MilkTransfer.millilitres(3456, 3454));

        assertEquals("intake.message.error.negativeTransfer", refused.getMessageKey());
        assertEquals(MilkTransfer.NEGATIVE_TRANSFER_KEY, refused.getMessageKey());
    }

    @Test
    void millilitres_shouldRefuseOneGramLess() {
        assertThrows(ClinicalRuleException.class, () -> MilkTransfer.millilitres(3456, 3455));
    }

    @Test
    void millilitres_shouldRefuseAWeightThatIsNotPositive() {
        assertThrows(IllegalArgumentException.class, () -> MilkTransfer.millilitres(0, 10));
        assertThrows(IllegalArgumentException.class, () -> MilkTransfer.millilitres(-3000, 3000));
        assertThrows(IllegalArgumentException.class, () -> MilkTransfer.millilitres(3000, 0));
    }

    @Test
    void lowTransferFlag_shouldFlagOneMillilitreBelowTheSmallestExpectedVolume() {
        // 0-24 h: 2-10 mL
        assertEquals(Optional.of(LOW_TRANSFER), MilkTransfer.lowTransferFlag(3000, 3001, 10));
        assertEquals(Optional.empty(), MilkTransfer.lowTransferFlag(3000, 3002, 10));
        // 72-96 h: 30-60 mL
        assertEquals(Optional.of(LOW_TRANSFER), MilkTransfer.lowTransferFlag(3000, 3029, 72));
        assertEquals(Optional.empty(), MilkTransfer.lowTransferFlag(3000, 3030, 72));
    }

    @Test
    void lowTransferFlag_shouldFlagNothingTakenInTheFirstFourDays() {
        assertEquals(Optional.of(LOW_TRANSFER), MilkTransfer.lowTransferFlag(3000, 3000, 0));
        assertEquals(Optional.of(LOW_TRANSFER), MilkTransfer.lowTransferFlag(3000, 3000, 95));
    }

    @Test
    void lowTransferFlag_shouldUseTheBandOfTheAgeInHours() {
        // 14 mL is within 5-15 at 47 h, below 15-30 at 48 h
        assertEquals(Optional.empty(), MilkTransfer.lowTransferFlag(3000, 3014, 47));
        assertEquals(Optional.of(LOW_TRANSFER), MilkTransfer.lowTransferFlag(3000, 3014, 48));
    }

    @Test
    void lowTransferFlag_shouldNotFlagAboveTheRange() {
        assertEquals(Optional.empty(), MilkTransfer.lowTransferFlag(3000, 3011, 0));
    }

    @Test
    void lowTransferFlag_shouldSayNothingFrom96HoursWhereTheTableEnds() {
        assertEquals(Optional.empty(), MilkTransfer.lowTransferFlag(3000, 3000, 96));
    }

    @Test
    void lowTransferFlag_shouldRefuseALighterBabyAndANegativeAge() {
        assertThrows(ClinicalRuleException.class, () -> MilkTransfer.lowTransferFlag(3000, 2990, 10));
        assertThrows(IllegalArgumentException.class, () -> MilkTransfer.lowTransferFlag(3000, 3010, -1));
    }
}
