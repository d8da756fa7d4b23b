package org.lactationclinic.domain.referral;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * Values a referral sent as text, read the one way both the reader (while it reads) and the rules (reading the answers
 * kept as text, {@link SentReferral#factsFor}) read them: what is not clearly a value is empty, never guessed.
 */
public final class SentValues {

    private SentValues() {}

    /** The date at the start of an ISO date or date-time ({@code 2026-11-01}, {@code 2026-11-01T06:30:00Z}). */
    public static Optional<LocalDate> date(String text) {
        if (text == null || text.length() < 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.substring(0, 10)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** An ISO date-time, with an offset (then as the sender's local time) or without. */
    public static Optional<LocalDateTime> dateTime(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text).toLocalDateTime());
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(LocalDateTime.parse(text));
            } catch (DateTimeParseException again) {
                return Optional.empty();
            }
        }
    }

    /** "true" or "false" in any case; anything else ("yes") is not understood. */
    public static Optional<Boolean> bool(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return t.equals("true") ? Optional.of(true) : t.equals("false") ? Optional.of(false) : Optional.empty();
    }

    /** A whole number ("5", "5.0"); "5.5" is not one. */
    public static Optional<Integer> integer(String text) {
        return decimal(text).filter(d -> d.stripTrailingZeros().scale() <= 0).map(BigDecimal::intValueExact);
    }

    /** A decimal number, surrounding blanks aside. */
    public static Optional<BigDecimal> decimal(String text) {
        try {
            return Optional.of(new BigDecimal(text.strip()));
        } catch (NumberFormatException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
