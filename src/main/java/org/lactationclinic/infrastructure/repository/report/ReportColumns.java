package org.lactationclinic.infrastructure.repository.report;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A result column as Java reads it, whichever type the database and driver returned (H2 and PostgreSQL answer a count,
 * a sum or a date with different classes).
 */
final class ReportColumns {

    private ReportColumns() {}

    static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    static BigDecimal decimal(Object value) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        return value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
    }

    static LocalDate date(Object value) {
        return switch (value) {
            case LocalDate date -> date;
            case java.sql.Date date -> date.toLocalDate();
            case Timestamp timestamp -> timestamp.toLocalDateTime().toLocalDate();
            case LocalDateTime dateTime -> dateTime.toLocalDate();
            default -> LocalDate.parse(value.toString().substring(0, 10));
        };
    }
}
