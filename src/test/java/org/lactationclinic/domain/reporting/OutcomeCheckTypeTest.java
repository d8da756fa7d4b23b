package org.lactationclinic.domain.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OutcomeCheckTypeTest {

    private static final ReportCriteria JUNE = ReportCriteria.of(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 30));

    @Test
    void windows_shouldBeTheDocumentedDaysOfLife() {
        assertEquals(10, OutcomeCheckType.TWO_WEEKS.firstDay());
        assertEquals(21, OutcomeCheckType.TWO_WEEKS.lastDay());
        assertEquals(42, OutcomeCheckType.SIX_TO_EIGHT_WEEKS.firstDay());
        assertEquals(56, OutcomeCheckType.SIX_TO_EIGHT_WEEKS.lastDay());
        assertEquals(168, OutcomeCheckType.SIX_MONTHS.firstDay());
        assertEquals(196, OutcomeCheckType.SIX_MONTHS.lastDay());
    }

    @Test
    void isInWindow_shouldIncludeBothEnds() {
        assertFalse(OutcomeCheckType.SIX_TO_EIGHT_WEEKS.isInWindow(41));
        assertTrue(OutcomeCheckType.SIX_TO_EIGHT_WEEKS.isInWindow(42));
        assertTrue(OutcomeCheckType.SIX_TO_EIGHT_WEEKS.isInWindow(56));
        assertFalse(OutcomeCheckType.SIX_TO_EIGHT_WEEKS.isInWindow(57));
    }

    @Test
    void isDue_shouldCountAnInfantWhoseLastWindowDayFallsInThePeriod() {
        // day 56 of an infant born 6 April 2024 is 1 June; of one born 5 May, 30 June
        assertTrue(OutcomeCheckType.SIX_TO_EIGHT_WEEKS.isDue(LocalDate.of(2024, 4, 6), JUNE));
        assertTrue(OutcomeCheckType.SIX_TO_EIGHT_WEEKS.isDue(LocalDate.of(2024, 5, 5), JUNE));
        assertFalse(OutcomeCheckType.SIX_TO_EIGHT_WEEKS.isDue(LocalDate.of(2024, 4, 5), JUNE));
        assertFalse(OutcomeCheckType.SIX_TO_EIGHT_WEEKS.isDue(LocalDate.of(2024, 5, 6), JUNE));
    }

    @Test
    void bornFromAndTo_shouldBoundTheInfantsDue() {
        assertEquals(LocalDate.of(2024, 4, 6), OutcomeCheckType.SIX_TO_EIGHT_WEEKS.bornFrom(JUNE));
        assertEquals(LocalDate.of(2024, 5, 5), OutcomeCheckType.SIX_TO_EIGHT_WEEKS.bornTo(JUNE));
    }
}
