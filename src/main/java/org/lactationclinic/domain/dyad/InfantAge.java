package org.lactationclinic.domain.dyad;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * An infant's age at a moment. {@code dayOfLife} counts calendar days with the day of birth as day 0
 * (clinical-reference.md, conventions); {@code hours} matters in the first four days, when expected feed volumes change
 * by the day.
 */
public record InfantAge(long hours, long dayOfLife) {

    /** The age at {@code moment} of an infant born at {@code birthDateTime}: the one place age is counted. */
    public static InfantAge between(LocalDateTime birthDateTime, LocalDateTime moment) {
        return new InfantAge(
                ChronoUnit.HOURS.between(birthDateTime, moment),
                ChronoUnit.DAYS.between(birthDateTime.toLocalDate(), moment.toLocalDate()));
    }

    public long weeks() {
        return dayOfLife / 7;
    }

    /** Days beyond the completed weeks: day 17 is 2 weeks and 3 days. */
    public long daysOverWeeks() {
        return dayOfLife % 7;
    }

    public boolean isInFirstFourDays() {
        return hours < 96;
    }
}
