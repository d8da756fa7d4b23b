package org.lactationclinic.domain.reporting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.lactationclinic.domain.shared.Labelled;

/**
 * How the activity report groups consultations over time. Weeks are ISO weeks, Monday to Sunday, as both databases
 * compute them the same way only when the report asks for it explicitly (H2's {@code date_trunc} starts weeks on
 * Sunday, PostgreSQL's on Monday). The label is the bundle key {@code ReportIntervalType.VALUE}.
 */
public enum ReportIntervalType implements Labelled {
    WEEK,
    MONTH;

    /** The first day of the week (Monday) or month that holds the day. */
    public LocalDate start(LocalDate day) {
        return this == WEEK ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day.withDayOfMonth(1);
    }
}
