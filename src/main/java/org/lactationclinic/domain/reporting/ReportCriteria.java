package org.lactationclinic.domain.reporting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * What a report covers: the days from {@code from} to {@code to}, both included, optionally only one consultant's work,
 * grouped by week or month where a report shows a trend. Voided consultations never count.
 *
 * @param consultantId the staff account whose consultations count, or null for the whole clinic
 */
public record ReportCriteria(LocalDate from, LocalDate to, Long consultantId, ReportIntervalType interval) {

    /** A report over more than this many days is refused: 10 years is more than any clinic asks for. */
    public static final int MAX_DAYS = 3_660;

    public ReportCriteria {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        interval = interval == null ? ReportIntervalType.MONTH : interval;
        if (!isValidPeriod(from, to)) {
            throw new IllegalArgumentException("A report period ends on or after its start and lasts at most "
                    + MAX_DAYS + " days: " + from + " to " + to);
        }
    }

    /**
     * Whether the days make a report period: both given, the end on or after the start, at most {@value #MAX_DAYS} days
     * apart. The report pages ask this before building the criteria.
     */
    public static boolean isValidPeriod(LocalDate from, LocalDate to) {
        return from != null
                && to != null
                && !to.isBefore(from)
                && !from.plusDays(MAX_DAYS).isBefore(to);
    }

    public static ReportCriteria of(LocalDate from, LocalDate to) {
        return new ReportCriteria(from, to, null, ReportIntervalType.MONTH);
    }

    public ReportCriteria withConsultant(Long id) {
        return new ReportCriteria(from, to, id, interval);
    }

    public ReportCriteria withInterval(ReportIntervalType type) {
        return new ReportCriteria(from, to, consultantId, type);
    }

    /** The first moment of the period. */
    public LocalDateTime startInclusive() {
        return from.atStartOfDay();
    }

    /** The first moment after the period. */
    public LocalDateTime endExclusive() {
        return to.plusDays(1).atStartOfDay();
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
