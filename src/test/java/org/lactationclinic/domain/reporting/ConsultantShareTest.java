package org.lactationclinic.domain.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lactationclinic.domain.consultation.ConsultationType;
import org.lactationclinic.domain.reporting.ReportResults.ActivityRow;
import org.lactationclinic.domain.reporting.ReportResults.ConsultantShare;

/** Each consultant's share of the visits the activity report counts (clinical-reference.md, section 6). */
class ConsultantShareTest {

    private static final LocalDate WEEK_1 = LocalDate.of(2026, 11, 2);
    private static final LocalDate WEEK_2 = LocalDate.of(2026, 11, 9);

    @Test
    void of_shouldAddEveryWeekAndTypeOfAConsultantAndShareOutOfAll() {
        List<ConsultantShare> shares = ConsultantShare.of(List.of(
                new ActivityRow(WEEK_1, 1, "Ana", ConsultationType.INITIAL, 2, 2),
                new ActivityRow(WEEK_2, 1, "Ana", ConsultationType.FOLLOW_UP, 3, 0),
                new ActivityRow(WEEK_1, 2, "Grace", ConsultationType.INITIAL, 1, 1)));

        assertEquals(
                List.of("Ana", "Grace"),
                shares.stream().map(ConsultantShare::consultant).toList());
        assertEquals(new Share(5, 6), shares.get(0).visits());
        assertEquals("83.3", shares.get(0).visits().percentText());
        assertEquals("16.7", shares.get(1).visits().percentText());
    }

    @Test
    void of_shouldOrderEqualSharesByName() {
        List<ConsultantShare> shares = ConsultantShare.of(List.of(
                new ActivityRow(WEEK_1, 2, "Grace", ConsultationType.INITIAL, 1, 1),
                new ActivityRow(WEEK_1, 1, "Ana", ConsultationType.INITIAL, 1, 1)));

        assertEquals(
                List.of("Ana", "Grace"),
                shares.stream().map(ConsultantShare::consultant).toList());
        assertEquals("50.0", shares.get(0).visits().percentText());
    }

    @Test
    void of_shouldBeEmptyWithoutVisits() {
        assertEquals(List.of(), ConsultantShare.of(List.of()));
    }
}
