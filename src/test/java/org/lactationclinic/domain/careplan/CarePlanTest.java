package org.lactationclinic.domain.careplan;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.lactationclinic.domain.charting.SupplementType;
import org.lactationclinic.domain.shared.ClinicalRuleException;

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

    // Issue 13, twins: a step or the extra milk may be for one baby; the same step for one baby and for both is twice.

    private static PlannedIntervention handExpressionFor(java.util.UUID infant) {
        PlannedIntervention step =
                PlannedIntervention.of(Intervention.standard(StandardInterventionType.HAND_EXPRESSION));
        step.setInfantUuid(infant);
        return step;
    }

    @Test
    void sameStepOnceForEachTwin_shouldBeAccepted() {
        Intervention hand = Intervention.standard(StandardInterventionType.HAND_EXPRESSION);
        CarePlan plan = new CarePlan();
        PlannedIntervention forMaya = PlannedIntervention.of(hand);
        forMaya.setInfantUuid(java.util.UUID.randomUUID());
        PlannedIntervention forTobi = PlannedIntervention.of(hand);
        forTobi.setInfantUuid(java.util.UUID.randomUUID());
        plan.getInterventions().add(forMaya);
        plan.getInterventions().add(forTobi);
        assertDoesNotThrow(() -> plan.requireComplete(VISIT));
    }

    @Test
    void sameStepForOneTwinAndForBoth_shouldBeRefused() {
        Intervention hand = Intervention.standard(StandardInterventionType.HAND_EXPRESSION);
        CarePlan plan = new CarePlan();
        PlannedIntervention forMaya = PlannedIntervention.of(hand);
        forMaya.setInfantUuid(java.util.UUID.randomUUID());
        plan.getInterventions().add(forMaya);
        plan.getInterventions().add(PlannedIntervention.of(hand));
        assertRefused("careplan.message.error.interventionTwice", plan);
    }

    @Test
    void stepForABabyNotSeen_shouldBeRefused_andForOneSeenAccepted() {
        java.util.UUID maya = java.util.UUID.randomUUID();
        CarePlan plan = new CarePlan();
        plan.getInterventions().add(handExpressionFor(maya));
        assertDoesNotThrow(() -> plan.requireInfantsSeen(java.util.List.of(maya)));
        ClinicalRuleException refused = assertThrows(
                ClinicalRuleException.class,
                () -> plan.requireInfantsSeen(java.util.List.of(java.util.UUID.randomUUID())));
        assertEquals("careplan.message.error.infantNotSeen", refused.getMessageKey());
    }

    @Test
    void supplementForABabyNotSeen_shouldBeRefused() {
        CarePlan plan = new CarePlan();
        plan.getSupplementation().setType(SupplementType.EXPRESSED_BREAST_MILK);
        plan.getSupplementation().setVolumePerFeedMl(10);
        plan.getSupplementation().setInfantUuid(java.util.UUID.randomUUID());
        assertThrows(
                ClinicalRuleException.class,
                () -> plan.requireInfantsSeen(java.util.List.of(java.util.UUID.randomUUID())));
    }

    @Test
    void copy_shouldKeepWhoTheStepAndTheExtraMilkAreFor() {
        java.util.UUID tobi = java.util.UUID.randomUUID();
        CarePlan plan = new CarePlan();
        plan.getInterventions().add(handExpressionFor(tobi));
        plan.getSupplementation().setInfantUuid(tobi);
        CarePlan copy = plan.copy();
        assertEquals(tobi, copy.getInterventions().getFirst().getInfantUuid());
        assertEquals(tobi, copy.getSupplementation().getInfantUuid());
    }
}
