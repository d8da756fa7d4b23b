package org.lactationclinic.domain.weight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The defaults of clinical-reference.md, section 2, and the settings no rule could use. */
class WeightThresholdsTest {

    private static WeightThresholds withLossPercents(String evaluation, String excess) {
        return new WeightThresholds(
                new BigDecimal(evaluation), new BigDecimal(excess), 14, new BigDecimal("20"), 5, 14);
    }

    @Test
    void defaults_shouldBeTheNumbersOfTheClinicalReference() {
        WeightThresholds defaults = WeightThresholds.DEFAULTS;

        assertEquals(0, defaults.lactationEvaluationLossPercent().compareTo(new BigDecimal("7")));
        assertEquals(0, defaults.excessLossPercent().compareTo(new BigDecimal("10")));
        assertEquals(14, defaults.regainBirthWeightByDayOfLife());
        assertEquals(0, defaults.minimumGainGramsPerDay().compareTo(new BigDecimal("20")));
        assertEquals(5, defaults.stillLosingAfterDayOfLife());
        assertEquals(14, defaults.projectedRegainLatestDayOfLife());
    }

    @Test
    void constructor_shouldAcceptADecimalSettingOfTheClinic() {
        WeightThresholds thresholds = withLossPercents("7.5", "12");

        assertEquals(new BigDecimal("7.5"), thresholds.lactationEvaluationLossPercent());
    }

    @Test
    void constructor_shouldRefuseAMissingNumber() {
        assertThrows(
                NullPointerException.class,
                () -> new WeightThresholds(null, BigDecimal.TEN, 14, BigDecimal.TEN, 5, 14));
        assertThrows(
                NullPointerException.class,
                () -> new WeightThresholds(BigDecimal.ONE, BigDecimal.TEN, 14, null, 5, 14));
    }

    @Test
    void constructor_shouldRefuseAPercentageOfZeroOrOneHundred() {
        assertThrows(IllegalArgumentException.class, () -> withLossPercents("0", "10"));
        assertThrows(IllegalArgumentException.class, () -> withLossPercents("7", "100"));
        assertThrows(IllegalArgumentException.class, () -> withLossPercents("-7", "10"));
    }

    @Test
    void constructor_shouldRefuseANegativeGainOrDay() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new WeightThresholds(BigDecimal.ONE, BigDecimal.TEN, 14, new BigDecimal("-1"), 5, 14));
        assertThrows(
                IllegalArgumentException.class,
                () -> new WeightThresholds(BigDecimal.ONE, BigDecimal.TEN, -1, BigDecimal.TEN, 5, 14));
        assertThrows(
                IllegalArgumentException.class,
                () -> new WeightThresholds(BigDecimal.ONE, BigDecimal.TEN, 14, BigDecimal.TEN, -1, 14));
        assertThrows(
                IllegalArgumentException.class,
                () -> new WeightThresholds(BigDecimal.ONE, BigDecimal.TEN, 14, BigDecimal.TEN, 5, -1));
    }
}
