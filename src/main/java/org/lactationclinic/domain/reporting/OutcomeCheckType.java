package org.lactationclinic.domain.reporting;

import java.time.LocalDate;
import org.lactationclinic.domain.shared.Labelled;

/**
 * The ages at which the outcome report counts feeding status, as windows of day of life (birth = day 0).
 *
 * <ul>
 *   <li>{@link #TWO_WEEKS}: days 10-21, around the 10-14 day new-birth visit of the English health visiting programme
 *       and the "back to birth weight by day 14" check (clinical-reference.md, section 2);
 *   <li>{@link #SIX_TO_EIGHT_WEEKS}: days 42-56, England's 6-8 week breastfeeding prevalence (Office for Health
 *       Improvement and Disparities, <i>Breastfeeding at 6 to 8 weeks after birth</i>, quarterly statistics;
 *       clinical-reference.md, section 6);
 *   <li>{@link #SIX_MONTHS}: days 168-196 (24-28 weeks), the end of the six months of exclusive breastfeeding the WHO
 *       recommends (WHO/UNICEF Global Strategy for Infant and Young Child Feeding, 2003).
 * </ul>
 *
 * <b>Due a check</b>: an infant is due a check in a report period when the <i>last</i> day of the window falls in the
 * period (England counts the infants who reached 8 weeks in the quarter), so that consecutive periods count every
 * infant once. The <b>status at the check</b> is the latest feeding status recorded for the infant at a non-voided
 * consultation that started inside the window; an infant due a check with no status recorded there is <b>unknown</b>
 * and stays in the denominator (England-style prevalence). The label is the bundle key {@code OutcomeCheckType.VALUE}.
 */
public enum OutcomeCheckType implements Labelled {
    TWO_WEEKS(10, 21),
    SIX_TO_EIGHT_WEEKS(42, 56),
    SIX_MONTHS(168, 196);

    private final int firstDay;
    private final int lastDay;

    OutcomeCheckType(int firstDay, int lastDay) {
        this.firstDay = firstDay;
        this.lastDay = lastDay;
    }

    /** First day of life of the window, included. */
    public int firstDay() {
        return firstDay;
    }

    /** Last day of life of the window, included. */
    public int lastDay() {
        return lastDay;
    }

    /** Whether an infant born on that day is due this check in the period. */
    public boolean isDue(LocalDate birthDate, ReportCriteria period) {
        return period.contains(birthDate.plusDays(lastDay));
    }

    /** The earliest birth date of an infant due the check in the period. */
    public LocalDate bornFrom(ReportCriteria period) {
        return period.from().minusDays(lastDay);
    }

    /** The latest birth date of an infant due the check in the period. */
    public LocalDate bornTo(ReportCriteria period) {
        return period.to().minusDays(lastDay);
    }

    /** Whether a day of life lies in the window. */
    public boolean isInWindow(long dayOfLife) {
        return dayOfLife >= firstDay && dayOfLife <= lastDay;
    }
}
