package org.lactationclinic.domain.weight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WeightUnitsTest {

    // --- constants ---------------------------------------------------------------------------------------

    @Test
    void constants_shouldBeTheExactValuesOfTheClinicalReference() {
        assertEquals(new BigDecimal("453.592"), WeightUnits.GRAMS_PER_POUND);
        assertEquals(new BigDecimal("28.3495"), WeightUnits.GRAMS_PER_OUNCE);
    }

    @Test
    void constants_shouldMakeSixteenOuncesExactlyOnePound() {
        assertEquals(
                0, WeightUnits.GRAMS_PER_OUNCE.multiply(BigDecimal.valueOf(16)).compareTo(WeightUnits.GRAMS_PER_POUND));
    }

    // --- kilograms ---------------------------------------------------------------------------------------

    @Test
    void gramsFromKilograms_shouldConvertExactly() {
        assertEquals(3525, WeightUnits.gramsFromKilograms(new BigDecimal("3.525")));
    }

    @Test
    void gramsFromKilograms_shouldConvertADoubleAsTheDecimalItPrints() {
        // 3.525 is 3.52499999... in binary and 3.0025 is 3.00249999...; both must still round as written
        assertEquals(3525, WeightUnits.gramsFromKilograms(3.525));
        assertEquals(3003, WeightUnits.gramsFromKilograms(3.0025));
    }

    @ParameterizedTest(name = "{0} kg is {1} g")
    @CsvSource({"3.0024, 3002", "3.0025, 3003", "0.0004, 0", "0.0005, 1", "0, 0"})
    void gramsFromKilograms_shouldRoundHalfUpToTheWholeGram(String kilograms, int grams) {
        assertEquals(grams, WeightUnits.gramsFromKilograms(new BigDecimal(kilograms)));
    }

    @Test
    void gramsFromKilograms_shouldRefuseANegativeWeight() {
        assertThrows(IllegalArgumentException.class, () -> WeightUnits.gramsFromKilograms(new BigDecimal("-0.001")));
        assertThrows(IllegalArgumentException.class, () -> WeightUnits.gramsFromKilograms(-3.5));
    }

    @Test
    void gramsFromKilograms_shouldRefuseANumberThatIsNotFinite() {
        assertThrows(IllegalArgumentException.class, () -> WeightUnits.gramsFromKilograms(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> WeightUnits.gramsFromKilograms(Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> WeightUnits.gramsFromKilograms(Double.NEGATIVE_INFINITY));
    }

    @Test
    void gramsFromKilograms_shouldRefuseAWeightBeyondWholeGramRange() {
        assertThrows(IllegalArgumentException.class, () -> WeightUnits.gramsFromKilograms(new BigDecimal("3000000")));
    }

    @Test
    void gramsFromKilograms_shouldRefuseNull() {
        assertThrows(NullPointerException.class, () -> WeightUnits.gramsFromKilograms(null));
    }

    // --- pounds and ounces -------------------------------------------------------------------------------

    @Test
    void gramsFromPoundsAndOunces_shouldRoundSevenPoundsEightOuncesTo3402Grams() {
        BigDecimal exact = WeightUnits.GRAMS_PER_POUND
                .multiply(BigDecimal.valueOf(7))
                .add(WeightUnits.GRAMS_PER_OUNCE.multiply(BigDecimal.valueOf(8)));

        assertEquals(0, exact.compareTo(new BigDecimal("3401.94")));
        assertEquals(3402, WeightUnits.gramsFromPoundsAndOunces(new BigDecimal("7"), new BigDecimal("8")));
        assertEquals(3402, WeightUnits.gramsFromPoundsAndOunces(7, 8));
    }

    @ParameterizedTest(name = "{0} lb {1} oz is {2} g")
    @CsvSource({"1, 0, 454", "0, 16, 454", "0, 8, 227", "0, 10, 283", "0, 0.5, 14", "5, 8.25, 2502", "0, 0, 0"})
    void gramsFromPoundsAndOunces_shouldRoundHalfUpToTheWholeGram(String pounds, String ounces, int grams) {
        assertEquals(grams, WeightUnits.gramsFromPoundsAndOunces(new BigDecimal(pounds), new BigDecimal(ounces)));
    }

    @Test
    void gramsFromPoundsAndOunces_shouldRefuseANegativePart() {
        assertThrows(
                IllegalArgumentException.class,
                () -> WeightUnits.gramsFromPoundsAndOunces(new BigDecimal("-1"), BigDecimal.ZERO));
        assertThrows(
                IllegalArgumentException.class,
                () -> WeightUnits.gramsFromPoundsAndOunces(BigDecimal.valueOf(7), new BigDecimal("-0.5")));
    }

    @Test
    void gramsFromPoundsAndOunces_shouldRefuseAPartThatIsNotFinite() {
        assertThrows(IllegalArgumentException.class, () -> WeightUnits.gramsFromPoundsAndOunces(Double.NaN, 8));
        assertThrows(
                IllegalArgumentException.class,
                () -> WeightUnits.gramsFromPoundsAndOunces(7, Double.POSITIVE_INFINITY));
    }

    // --- grams typed as kilograms ------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} typed as grams looks like kilograms")
    @CsvSource({"0.3", "0.30", "3.5", "3.525", "3", "4", "12", "15", "15.0"})
    void looksLikeKilograms_shouldBeTrueFromZeroPointThreeToFifteen(String typed) {
        assertTrue(WeightUnits.looksLikeKilograms(new BigDecimal(typed)));
    }

    @ParameterizedTest(name = "{0} typed as grams does not look like kilograms")
    @CsvSource({"-3.5", "0", "0.29", "15.01", "16", "19", "250", "299", "300", "3500"})
    void looksLikeKilograms_shouldBeFalseOutsideZeroPointThreeToFifteen(String typed) {
        assertFalse(WeightUnits.looksLikeKilograms(new BigDecimal(typed)));
    }
}
