package org.lactationclinic.domain.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.lactationclinic.domain.dyad.Infant;
import org.lactationclinic.domain.dyad.Mother;
import org.lactationclinic.domain.dyad.SexType;
import org.lactationclinic.domain.staff.RoleType;
import org.lactationclinic.domain.staff.StaffUser;

/** "Weighed at" follows the visit's start until she changes it (issue 13, item 5). */
class InfantFindingsTest {

    private static final LocalDateTime BORN = LocalDateTime.of(2026, 3, 1, 8, 0);
    private static final LocalDateTime TODAY = BORN.plusDays(15).withHour(10);
    private static final LocalDateTime LAST_WEEK = BORN.plusDays(8).withHour(9);

    private final InfantFindings findings;

    InfantFindingsTest() {
        Mother mother = new Mother("Ada", "Okafor", LocalDate.of(1991, 4, 12));
        Infant maya = new Infant("Maya", "Okafor", SexType.FEMALE, BORN, 266, 3000);
        mother.addInfant(maya);
        Consultation consultation = Consultation.start(
                mother,
                mother.getInfants(),
                new StaffUser("ana", "Ana López, IBCLC", "hash", EnumSet.of(RoleType.CONSULTANT)),
                ConsultationType.INITIAL,
                TODAY);
        findings = new InfantFindings(consultation, maya);
    }

    @Test
    void followVisitStart_shouldMoveAWeighedAtStillAtTheVisitsStart() {
        findings.setWeighedAt(TODAY);

        findings.followVisitStart(TODAY, LAST_WEEK);

        assertEquals(LAST_WEEK, findings.getWeighedAt());
    }

    @Test
    void followVisitStart_shouldFillAnEmptyWeighedAt() {
        findings.followVisitStart(TODAY, LAST_WEEK);

        assertEquals(LAST_WEEK, findings.getWeighedAt());
    }

    @Test
    void followVisitStart_shouldKeepAWeighedAtSheChanged() {
        LocalDateTime herTime = TODAY.plusMinutes(25);
        findings.setWeighedAt(herTime);

        findings.followVisitStart(TODAY, LAST_WEEK);

        assertEquals(herTime, findings.getWeighedAt());
    }

    @Test
    void followVisitStart_shouldFollowEveryMoveUntilSheChangesIt() {
        findings.setWeighedAt(TODAY);
        findings.followVisitStart(TODAY, LAST_WEEK);
        findings.followVisitStart(LAST_WEEK, LAST_WEEK.plusDays(1));

        assertEquals(LAST_WEEK.plusDays(1), findings.getWeighedAt());
    }

    @Test
    void followVisitStart_shouldLeaveItEmptyWhenTheStartIsCleared() {
        findings.followVisitStart(TODAY, null);

        assertNull(findings.getWeighedAt());
    }
}
