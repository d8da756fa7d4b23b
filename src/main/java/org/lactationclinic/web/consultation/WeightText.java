package org.lactationclinic.web.consultation;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lactationclinic.domain.weight.WeightUnits;

/**
 * Reads an infant weight as a consultant types it in one field, into whole grams: "3402" or "3402 g", "3.402 kg", "7 lb
 * 8 oz", "7 lb", "120 oz". The conversion is {@link WeightUnits}'s, exact and rounded once. A bare number that can only
 * be kilograms ("3.5", "4") is refused with a question rather than read as 3.5 g or 3500 g: guessing would store a
 * wrong weight one time in a thousand.
 */
public final class WeightText {

    private static final String NUMBER = "(\\d{1,5}(?:[.,]\\d{1,4})?)";
    private static final Pattern GRAMS = Pattern.compile("^" + NUMBER + "\\s*(?:g|grams?)?$");
    private static final Pattern KILOGRAMS = Pattern.compile("^" + NUMBER + "\\s*(?:kg|kilos?|kilograms?)$");
    private static final Pattern POUNDS_OUNCES =
            Pattern.compile("^(?:" + NUMBER + "\\s*(?:lb|lbs|pounds?))?\\s*(?:" + NUMBER + "\\s*(?:oz|ounces?))?$");

    /** A weight that cannot be read; the key names the bundle message, which may quote {@code {0}}. */
    public static final class UnreadableWeightException extends Exception {
        private final String messageKey;
        private final Object argument;

        UnreadableWeightException(String messageKey, Object argument) {
            super(messageKey);
            this.messageKey = messageKey;
            this.argument = argument;
        }

        public String getMessageKey() {
            return messageKey;
        }

        public Object getArgument() {
            return argument;
        }
    }

    private WeightText() {}

    /** Whole grams, or null for an empty field. */
    public static Integer grams(String typed) throws UnreadableWeightException {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String text = typed.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        Matcher grams = GRAMS.matcher(text);
        if (grams.matches()) {
            BigDecimal value = number(grams.group(1));
            if (WeightUnits.looksLikeKilograms(value)) {
                throw new UnreadableWeightException(
                        "consultation_edit.message.error.weightLooksLikeKilograms",
                        WeightUnits.gramsFromKilograms(value));
            }
            if (value.stripTrailingZeros().scale() > 0) {
                throw new UnreadableWeightException("consultation_edit.message.error.weightUnreadable", typed);
            }
            return value.intValueExact();
        }
        Matcher kilograms = KILOGRAMS.matcher(text);
        if (kilograms.matches()) {
            return WeightUnits.gramsFromKilograms(number(kilograms.group(1)));
        }
        Matcher imperial = POUNDS_OUNCES.matcher(text);
        if (imperial.matches() && (imperial.group(1) != null || imperial.group(2) != null)) {
            return WeightUnits.gramsFromPoundsAndOunces(
                    numberOrZero(imperial.group(1)), numberOrZero(imperial.group(2)));
        }
        throw new UnreadableWeightException("consultation_edit.message.error.weightUnreadable", typed);
    }

    private static BigDecimal number(String digits) {
        return new BigDecimal(digits.replace(',', '.'));
    }

    private static BigDecimal numberOrZero(String digits) {
        return digits == null ? BigDecimal.ZERO : number(digits);
    }
}
