package org.lactationclinic.web.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lactationclinic.domain.shared.ConsultationFlag;

class FlagSummaryTest {

    private static final UUID FIRST = UUID.randomUUID();
    private static final UUID SECOND = UUID.randomUUID();

    private static ConsultationFlag flag(UUID infant, String key, boolean referral) {
        return new ConsultationFlag(infant, key, "", "source", referral);
    }

    @Test
    void ordered_shouldPutUrgentFirstThenReferralsThenAdvice() {
        ConsultationFlag advice = flag(FIRST, "AssessmentFlagType.LATCH_FURTHER_EVALUATION", false);
        ConsultationFlag referral = flag(FIRST, "WeightFlagType.EXCESS_LOSS", true);
        ConsultationFlag urgent = flag(null, "EpdsFlagType.SELF_HARM_URGENT", true);

        assertEquals(List.of(urgent, referral, advice), FlagSummary.ordered(List.of(advice, referral, urgent)));
        assertEquals(1, FlagSummary.count(List.of(advice, referral, urgent), FlagSummary.Severity.URGENT));
        assertEquals(1, FlagSummary.count(List.of(advice, referral, urgent), FlagSummary.Severity.REFERRAL));
    }

    @Test
    void target_shouldNameTheFieldThatRaisedTheFlagForTheRightBaby() {
        List<UUID> charts = List.of(FIRST, SECOND);
        assertEquals(
                "visit:charts:1:weight",
                FlagSummary.target(flag(SECOND, "WeightFlagType.EXCESS_LOSS", true), charts::indexOf));
        assertEquals(
                "visit:charts:0:stools24h",
                FlagSummary.target(flag(FIRST, "IntakeFlagType.FEW_STOOLS", false), charts::indexOf));
        assertEquals(
                "visit:charts:0:temperature",
                FlagSummary.target(flag(FIRST, "InfantRedFlagType.FEVER_UNDER_ONE_MONTH", true), charts::indexOf));
        assertEquals(
                "visit:epds:9:answer",
                FlagSummary.target(flag(null, "EpdsFlagType.SELF_HARM_URGENT", true), charts::indexOf));
        assertEquals(
                "visit:fever",
                FlagSummary.target(flag(null, "BreastFlagType.MASTITIS_WITH_FEVER", true), charts::indexOf));
    }

    @Test
    void target_ofABabyNoLongerTicked_shouldBeTheBabiesSection() {
        assertEquals(
                "visit:infantFindings",
                FlagSummary.target(
                        flag(UUID.randomUUID(), "WeightFlagType.EXCESS_LOSS", true), List.of(FIRST)::indexOf));
    }
}
