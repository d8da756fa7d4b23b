package org.lactationclinic.domain.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.lactationclinic.domain.charting.FeedingStatusType;
import org.lactationclinic.domain.reporting.ReportResults.FeedingStatusAtCheck;

/** The report definitions other than the check windows: period, shares, birth-weight recovery, score changes. */
class ReportDefinitionsTest {

    @Test
    void criteria_shouldCoverBothEndDaysWhole() {
        ReportCriteria march = ReportCriteria.of(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31));
        assertEquals(LocalDateTime.of(2024, 3, 1, 0, 0), march.startInclusive());
        assertEquals(LocalDateTime.of(2024, 4, 1, 0, 0), march.endExclusive());
        assertTrue(march.contains(LocalDate.of(2024, 3, 31)));
        assertFalse(march.contains(LocalDate.of(2024, 4, 1)));
    }

    @Test
    void criteria_shouldRefuseAPeriodEndingBeforeItStartsOrTooLong() {
        assertThrows(
                IllegalArgumentException.class,
                () -> ReportCriteria.of(LocalDate.of(2024, 3, 2), LocalDate.of(2024, 3, 1)));
        assertThrows(
                IllegalArgumentException.class,
                () -> ReportCriteria.of(LocalDate.of(2000, 1, 1), LocalDate.of(2024, 1, 1)));
    }

    @Test
    void interval_shouldStartWeeksOnMondayAndMonthsOnTheFirst() {
        assertEquals(LocalDate.of(2024, 3, 4), ReportIntervalType.WEEK.start(LocalDate.of(2024, 3, 10))); // a Sunday
        assertEquals(LocalDate.of(2024, 3, 4), ReportIntervalType.WEEK.start(LocalDate.of(2024, 3, 4)));
        assertEquals(LocalDate.of(2024, 3, 1), ReportIntervalType.MONTH.start(LocalDate.of(2024, 3, 31)));
    }

    @Test
    void share_shouldRoundHalfUpToOneDecimal() {
        assertEquals("33.3", new Share(1, 3).percentText());
        assertEquals("66.7", new Share(2, 3).percentText());
        assertEquals("0.1", new Share(1, 1000).percentText(), "0.1 exactly");
        assertEquals("0.2", new Share(3, 2000).percentText(), "0.15 rounds up");
    }

    @Test
    void share_shouldHaveNoPercentageWithoutADenominator() {
        assertTrue(new Share(0, 0).percent().isEmpty());
        assertEquals("", new Share(0, 0).percentText());
        assertThrows(IllegalArgumentException.class, () -> new Share(2, 1));
    }

    @Test
    void feedingStatus_shouldKeepUnknownInTheDenominatorOfThePrevalence() {
        FeedingStatusAtCheck check = new FeedingStatusAtCheck(OutcomeCheckType.SIX_TO_EIGHT_WEEKS, 3, 2, 1, 4);
        assertEquals(10, check.due());
        assertEquals("50.0", check.anyBreastMilk().percentText(), "(3 + 2) / 10, unknown included");
        assertEquals("30.0", check.share(FeedingStatusType.EXCLUSIVE).percentText());
        assertEquals("40.0", check.unknownShare().percentText());
    }

    @Test
    void feedingStatus_shouldCountBreastMilkExceptNone() {
        assertTrue(FeedingStatusType.EXCLUSIVE.isAnyBreastMilk());
        assertTrue(FeedingStatusType.PARTIAL.isAnyBreastMilk());
        assertFalse(FeedingStatusType.NONE.isAnyBreastMilk());
    }

    @Test
    void birthWeightRecovery_shouldCountOnlyWeightsAtOrAboveBirthWeightByDay14() {
        assertTrue(BirthWeightRecovery.isBackByDay(14, 3400, 3400));
        assertFalse(BirthWeightRecovery.isBackByDay(15, 3600, 3400), "back on day 15 is not back by day 14");
        assertFalse(BirthWeightRecovery.isBackByDay(12, 3399, 3400));
    }

    @Test
    void birthWeightRecovery_shouldFollowUpOnDays10To21() {
        assertFalse(BirthWeightRecovery.isFollowUpDay(9));
        assertTrue(BirthWeightRecovery.isFollowUpDay(10));
        assertTrue(BirthWeightRecovery.isFollowUpDay(21));
        assertFalse(BirthWeightRecovery.isFollowUpDay(22));
    }

    @Test
    void scoreChange_shouldGiveMeansToOneDecimalAndNothingWithoutDyads() {
        ScoreChange latch = new ScoreChange(2, new BigDecimal("11"), new BigDecimal("16.5"), 2, 0, 0, true);
        assertEquals(new BigDecimal("5.5"), latch.firstMean());
        assertEquals(new BigDecimal("8.3"), latch.latestMean(), "8.25 rounds up");
        assertEquals(new BigDecimal("2.8"), latch.meanChange());
        ScoreChange none = new ScoreChange(0, BigDecimal.ZERO, BigDecimal.ZERO, 0, 0, 0, true);
        assertNull(none.firstMean());
        assertNull(none.meanChange());
    }

    @Test
    void scoreChange_shouldReadLowerPainAsBetter() {
        assertEquals(1, ScoreChange.direction(new BigDecimal("5"), new BigDecimal("8"), true));
        assertEquals(-1, ScoreChange.direction(new BigDecimal("5"), new BigDecimal("8"), false));
        assertEquals(0, ScoreChange.direction(new BigDecimal("5"), new BigDecimal("5.0"), false));
    }

    @Test
    void isValidPeriod_shouldAcceptOnlyBothDaysInOrderAndAtMostTheMaximumApart() {
        java.time.LocalDate day = java.time.LocalDate.of(2026, 3, 1);
        assertTrue(ReportCriteria.isValidPeriod(day, day));
        assertTrue(ReportCriteria.isValidPeriod(day, day.plusDays(ReportCriteria.MAX_DAYS)));
        assertFalse(ReportCriteria.isValidPeriod(day, day.plusDays(ReportCriteria.MAX_DAYS + 1)));
        assertFalse(ReportCriteria.isValidPeriod(day, day.minusDays(1)));
        assertFalse(ReportCriteria.isValidPeriod(null, day));
        assertFalse(ReportCriteria.isValidPeriod(day, null));
    }
}
