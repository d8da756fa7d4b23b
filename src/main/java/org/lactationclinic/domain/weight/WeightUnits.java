package org.lactationclinic.domain.weight;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Turns weights typed in kilograms or in pounds and ounces into the whole grams the record stores
 * (clinical-reference.md, conventions: infant weights in grams; pounds and ounces only as an entry and display
 * convenience), and spots grams that were typed as kilograms.
 *
 * <p>Conversions use the reference's constants exactly, 1 lb = 453.592 g and 1 oz = 28.3495 g (the two agree: 16 ×
 * 28.3495 = 453.592), in {@link BigDecimal} so that no binary fraction creeps in, and round once, half-up to the whole
 * gram, at the end: 7 lb 8 oz = 3401.94 g is stored as 3402 g. They refuse negative and non-finite input; whether the
 * result is a plausible infant weight is for validation ({@code ClinicalLimits}), not for arithmetic.
 */
public final class WeightUnits {

    /** 1 lb in grams, as given in clinical-reference.md. */
    public static final BigDecimal GRAMS_PER_POUND = new BigDecimal("453.592");
    /** 1 oz (mass) in grams, as given in clinical-reference.md. */
    public static final BigDecimal GRAMS_PER_OUNCE = new BigDecimal("28.3495");

    public static final BigDecimal GRAMS_PER_KILOGRAM = BigDecimal.valueOf(1000);

    /**
     * Smallest value read as kilograms typed into a grams field: 0.3 kg, the smallest birth weight the record accepts
     * ({@code ClinicalLimits.BIRTH_WEIGHT_MIN_GRAMS} = 300 g).
     */
    public static final BigDecimal KILOGRAM_LOOKALIKE_MIN = new BigDecimal("0.3");
    /** Largest value read as kilograms typed into a grams field: 15 kg, above any infant this clinic weighs. */
    public static final BigDecimal KILOGRAM_LOOKALIKE_MAX = new BigDecimal("15");

    private WeightUnits() {}

    /** Kilograms to whole grams, half-up: 3.525 kg is 3525 g, 3.0025 kg is 3003 g. */
    public static int gramsFromKilograms(BigDecimal kilograms) {
        requireNonNegative(kilograms, "kilograms");
        return wholeGrams(kilograms.multiply(GRAMS_PER_KILOGRAM));
    }

    /**
     * Kilograms to whole grams, half-up. The {@code double} is read as the decimal it prints as
     * ({@link BigDecimal#valueOf(double)}), so 3.0025 is 3002.5 g and rounds up to 3003 g, where its exact binary value
     * 3.00249999... would round down to 3002 g.
     *
     * @throws IllegalArgumentException when negative, NaN or infinite
     */
    public static int gramsFromKilograms(double kilograms) {
        return gramsFromKilograms(finiteDecimal(kilograms, "kilograms"));
    }

    /**
     * Pounds and ounces to whole grams, half-up: 7 lb 8 oz = 3175.144 + 226.796 = 3401.94 g is 3402 g. Either part may
     * be fractional or zero. Ounces of 16 or more are converted as given, not refused: the arithmetic is right either
     * way, and whether "7 lb 18 oz" is a typing error is for the form to ask.
     */
    public static int gramsFromPoundsAndOunces(BigDecimal pounds, BigDecimal ounces) {
        requireNonNegative(pounds, "pounds");
        requireNonNegative(ounces, "ounces");
        return wholeGrams(pounds.multiply(GRAMS_PER_POUND).add(ounces.multiply(GRAMS_PER_OUNCE)));
    }

    /** As {@link #gramsFromPoundsAndOunces(BigDecimal, BigDecimal)}; refuses NaN and infinite parts. */
    public static int gramsFromPoundsAndOunces(double pounds, double ounces) {
        return gramsFromPoundsAndOunces(finiteDecimal(pounds, "pounds"), finiteDecimal(ounces, "ounces"));
    }

    /**
     * True when a value typed into a grams field is very likely kilograms: it lies between 0.3 and 15 inclusive. Such a
     * value is never a real weight in grams (no infant weighs under 300 g, the record's minimum), and it is a plausible
     * infant weight in kilograms, from the smallest preterm birth weight to an older baby. The rule of thumb "a
     * decimal, or a whole number under 20" is contained in it: within 0.3-15 every value either has a fractional part
     * (grams are whole, so a decimal point itself points to kilograms) or is a whole number under 20. Values outside
     * are not called kilograms: under 0.3 or between 15 and 300 they are implausible in both units, a plain typing
     * error for range validation to refuse; 300 and over are plausible grams. The form can offer "did you mean 3500 g?"
     * with {@link #gramsFromKilograms(BigDecimal)}.
     */
    public static boolean looksLikeKilograms(BigDecimal gramsTyped) {
        Objects.requireNonNull(gramsTyped, "gramsTyped");
        return gramsTyped.compareTo(KILOGRAM_LOOKALIKE_MIN) >= 0 && gramsTyped.compareTo(KILOGRAM_LOOKALIKE_MAX) <= 0;
    }

    private static int wholeGrams(BigDecimal grams) {
        BigDecimal rounded = grams.setScale(0, RoundingMode.HALF_UP);
        try {
            return rounded.intValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("Weight too large: " + grams + " g", e);
        }
    }

    private static void requireNonNegative(BigDecimal value, String name) {
        Objects.requireNonNull(value, name);
        if (value.signum() < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + value);
        }
    }

    private static BigDecimal finiteDecimal(double value, String name) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number: " + value);
        }
        return BigDecimal.valueOf(value);
    }
}
