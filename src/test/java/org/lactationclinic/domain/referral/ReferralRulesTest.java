package org.lactationclinic.domain.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lactationclinic.domain.referral.ReferralConditionType.*;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Section 8 at each boundary. */
class ReferralRulesTest {

    private static final LocalDate BORN = LocalDate.of(2026, 11, 1);

    private static ReferralFacts onDay(int day) {
        return new ReferralFacts(BORN, BORN.plusDays(day), null, null, null, null, null, null, null, null);
    }

    private static ReferralFacts with(
            int day,
            Boolean concerns,
            Boolean milk,
            LocalDate milkOn,
            List<LocalDateTime> feeds,
            List<Integer> wet,
            Boolean stools,
            Integer birthWeight,
            List<ReferralFacts.Weight> weights) {
        return new ReferralFacts(
                BORN, BORN.plusDays(day), birthWeight, weights, concerns, milk, milkOn, feeds, wet, stools);
    }

    @Test
    void nothingSent_shouldMeetNothing() {
        assertEquals(Set.of(), ReferralRules.conditionsMet(onDay(5)));
    }

    @Test
    void concerns_shouldBeMetWhenSubmittedWhateverTheDay() {
        assertEquals(
                Set.of(MOTHER_CONCERNS),
                ReferralRules.conditionsMet(with(20, true, null, null, null, null, null, null, null)));
        assertEquals(Set.of(), ReferralRules.conditionsMet(with(20, false, null, null, null, null, null, null, null)));
    }

    @Test
    void milkNotIn_shouldCountFromDay4() {
        assertFalse(ReferralRules.conditionsMet(with(3, null, false, null, null, null, null, null, null))
                .contains(MILK_NOT_IN_BY_DAY_4));
        assertTrue(ReferralRules.conditionsMet(with(4, null, false, null, null, null, null, null, null))
                .contains(MILK_NOT_IN_BY_DAY_4));
    }

    @Test
    void feedIntervals_shouldFlagAMedianOver3hAndALongestOver5hBeforeDay7() {
        LocalDateTime start = BORN.plusDays(2).atTime(0, 0);
        // intervals 3 h, 3 h, 3 h: median exactly 3 h is not over
        List<LocalDateTime> every3h = List.of(start, start.plusHours(3), start.plusHours(6), start.plusHours(9));
        assertEquals(Set.of(), ReferralRules.conditionsMet(with(3, null, null, null, every3h, null, null, null, null)));
        // intervals 3 h 1 min: median over
        List<LocalDateTime> slower = List.of(start, start.plusMinutes(181), start.plusMinutes(362));
        assertEquals(
                Set.of(FEEDS_MEDIAN_INTERVAL_OVER_3H),
                ReferralRules.conditionsMet(with(3, null, null, null, slower, null, null, null, null)));
        // one gap of 5 h 1 min among 2 h ones
        List<LocalDateTime> oneGap = List.of(
                start,
                start.plusHours(2),
                start.plusHours(4),
                start.plusHours(4).plusMinutes(301));
        assertEquals(
                Set.of(FEEDS_LONGEST_INTERVAL_OVER_5H),
                ReferralRules.conditionsMet(with(3, null, null, null, oneGap, null, null, null, null)));
        List<LocalDateTime> fiveHours = List.of(start, start.plusHours(2), start.plusHours(4), start.plusHours(9));
        assertEquals(
                Set.of(), ReferralRules.conditionsMet(with(3, null, null, null, fiveHours, null, null, null, null)));
        // day 7: the rule no longer applies
        assertEquals(Set.of(), ReferralRules.conditionsMet(with(7, null, null, null, oneGap, null, null, null, null)));
    }

    @Test
    void wetDiapers_shouldFlagAnAverageUnder6BeforeDay7() {
        assertEquals(
                Set.of(FEW_WET_DIAPERS),
                ReferralRules.conditionsMet(with(6, null, null, null, null, List.of(6, 5), null, null, null)));
        assertEquals(
                Set.of(),
                ReferralRules.conditionsMet(with(6, null, null, null, null, List.of(6, 6), null, null, null)));
        assertEquals(
                Set.of(), ReferralRules.conditionsMet(with(7, null, null, null, null, List.of(2), null, null, null)));
    }

    @Test
    void stools_shouldFlagFromDay4AndTwoDaysAfterTheMilk() {
        assertEquals(Set.of(), ReferralRules.conditionsMet(with(3, null, null, null, null, null, false, null, null)));
        assertEquals(
                Set.of(STOOLS_NOT_TRANSITIONED_BY_DAY_4),
                ReferralRules.conditionsMet(with(4, null, null, null, null, null, false, null, null)));
        // milk in on day 1, referral day 3: two days after, before day 4
        assertEquals(
                Set.of(STOOLS_NOT_TRANSITIONED_AFTER_MILK),
                ReferralRules.conditionsMet(with(3, null, true, BORN.plusDays(1), null, null, false, null, null)));
        assertEquals(
                Set.of(),
                ReferralRules.conditionsMet(with(3, null, true, BORN.plusDays(2), null, null, false, null, null)));
        assertEquals(
                Set.of(),
                ReferralRules.conditionsMet(with(9, null, true, BORN.plusDays(2), null, null, true, null, null)));
    }

    @Test
    void weights_shouldUseTheBandOfTheDayWeighed() {
        // birth 3000 g: 91% = 2730, 95% = 2850
        assertEquals(Set.of(), weigh(9, 2730));
        assertEquals(Set.of(WEIGHT_UNDER_91_PERCENT_BEFORE_DAY_10), weigh(9, 2729));
        assertEquals(Set.of(), weigh(10, 2850));
        assertEquals(Set.of(WEIGHT_UNDER_95_PERCENT_DAY_10_TO_14), weigh(10, 2849));
        assertEquals(Set.of(), weigh(13, 2999), "day 13: under birth weight but over 95%");
        // day 14 is in both bands of section 8
        assertEquals(Set.of(WEIGHT_BELOW_BIRTH_WEIGHT_FROM_DAY_14), weigh(14, 2999));
        assertEquals(
                Set.of(WEIGHT_UNDER_95_PERCENT_DAY_10_TO_14, WEIGHT_BELOW_BIRTH_WEIGHT_FROM_DAY_14), weigh(14, 2849));
        assertEquals(Set.of(WEIGHT_BELOW_BIRTH_WEIGHT_FROM_DAY_14), weigh(15, 2999));
        assertEquals(Set.of(), weigh(15, 3000));
    }

    private static Set<ReferralConditionType> weigh(int day, int grams) {
        return ReferralRules.conditionsMet(with(
                day,
                null,
                null,
                null,
                null,
                null,
                null,
                3000,
                List.of(new ReferralFacts.Weight(BORN.plusDays(day), grams))));
    }
}
