package org.lactationclinic.domain.careplan;

import org.junit.jupiter.api.Test;
import org.lactationclinic.domain.charting.SupplementType;
import org.lactationclinic.domain.shared.ClinicalRuleException;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CarePlanTest {

    private static final LocalDate VISIT = LocalDate.of(2026, 11, 26);

    private static void assertRefused(String key, CarePlan plan) {
        ClinicalRuleException refused = assertThrows(ClinicalRuleException.class, () -> plan.requireComplete(VISIT));
        assertEquals(key, refused.getMessageKey());
    }

    @Test
    void goalWithoutItsNumber_shouldBeRefused() {
        CarePlan plan = new CarePlan();
        plan.getGoals().add(new CarePlanGoal(GoalType.BACK_TO_BIRTH_WEIGHT_BY_DAY, null, null));
        assertRefused("careplan.message.error.goalIncomplete", plan);
    }

    @Test
    void otherGoalWithoutWords_shouldBeRefused() {
        CarePlan plan = new CarePlan();
        plan.getGoals().add(new CarePlanGoal(GoalType.OTHER, null, "  "));
        assertRefused("careplan.message.error.goalIncomplete", plan);
    }

    @Test
    void goalWithoutNumberNeeded_shouldBeAccepted() {
        CarePlan plan = new CarePlan();
        plan.getGoals().add(new CarePlanGoal(GoalType.COMFORTABLE_FEEDS, null, null));
        plan.getGoals().add(new CarePlanGoal(GoalType.BACK_TO_BIRTH_WEIGHT_BY_DAY, 14, null));
        assertDoesNotThrow(() -> plan.requireComplete(VISIT));
    }

    @Test
    void supplementationWithoutVolume_shouldBeRefused() {
        CarePlan plan = new CarePlan();
        plan.getSupplementation().setType(SupplementType.EXPRESSED_BREAST_MILK);
        assertRefused("careplan.message.error.supplementationIncomplete", plan);
    }

    @Test
    void followUpBeforeTheVisit_shouldBeRefused_andOnTheVisitDayAccepted() {
        CarePlan plan = new CarePlan();
        plan.setFollowUpOn(VISIT.minusDays(1));
        assertRefused("careplan.message.error.followUpBeforeVisit", plan);
        plan.setFollowUpOn(VISIT);
        assertDoesNotThrow(() -> plan.requireComplete(VISIT));
    }

    @Test
    void referralWithoutDestination_shouldBeRefused() {
        CarePlan plan = new CarePlan();
        plan.getReferrals().add(new Referral(null, ReferralUrgencyType.ROUTINE, null));
        assertRefused("careplan.message.error.referralDestination", plan);
    }

    @Test
    void copy_shouldTrimBlankTextsToNull() {
        CarePlan plan = new CarePlan();
        plan.setNoteToMother("   ");
        plan.getGoals().add(new CarePlanGoal(GoalType.COMFORTABLE_FEEDS, 7, " "));
        CarePlan copy = plan.copy();
        assertEquals(null, copy.getNoteToMother());
        assertEquals(null, copy.getGoals().getFirst().getTarget());
        assertEquals(null, copy.getGoals().getFirst().getText());
    }
}
