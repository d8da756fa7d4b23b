package org.lactationclinic.domain.careplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lactationclinic.domain.assessment.AssessmentFlagType;
import org.lactationclinic.domain.shared.ConsultationFlag;
import org.lactationclinic.domain.shared.Labelled;
import org.lactationclinic.domain.weight.WeightFlagType;
import org.lactationclinic.domain.wellbeing.EpdsFlagType;

class CarePlanSuggestionsTest {

    private static ConsultationFlag flag(Labelled type) {
        return new ConsultationFlag(UUID.randomUUID(), type.bundleKey(), "", "source", false);
    }

    @Test
    void everyFlagType_shouldHaveAnAnswer() {
        CarePlanSuggestions.allFlagTypes()
                .forEach(type ->
                        assertTrue(CarePlanSuggestions.answers(type), () -> type.bundleKey() + " suggests nothing"));
    }

    @Test
    void selfHarmItem10_shouldSuggestSameDayMentalHealthReferralFirst() {
        List<CarePlanSuggestions.Suggestion> suggestions = CarePlanSuggestions.forFlags(
                List.of(flag(WeightFlagType.LOW_GAIN), flag(EpdsFlagType.SELF_HARM_URGENT)), new CarePlan());

        CarePlanSuggestions.Suggestion first = suggestions.getFirst();
        assertEquals(ReferralDestinationType.MENTAL_HEALTH, first.destination());
        assertEquals(ReferralUrgencyType.SAME_DAY, first.urgency());
        assertEquals(EpdsFlagType.SELF_HARM_URGENT.bundleKey(), first.flagKey());
    }

    @Test
    void twoFlagsForOneDestination_shouldKeepTheMoreUrgent() {
        List<CarePlanSuggestions.Suggestion> suggestions = CarePlanSuggestions.forFlags(
                List.of(flag(EpdsFlagType.REFERRAL), flag(EpdsFlagType.SELF_HARM_URGENT)), new CarePlan());

        List<CarePlanSuggestions.Suggestion> mentalHealth = suggestions.stream()
                .filter(s -> s.destination() == ReferralDestinationType.MENTAL_HEALTH)
                .toList();
        assertEquals(1, mentalHealth.size());
        assertEquals(ReferralUrgencyType.SAME_DAY, mentalHealth.getFirst().urgency());
    }

    @Test
    void tongueTieFlag_shouldSuggestFrenotomyAssessment() {
        List<CarePlanSuggestions.Suggestion> suggestions = CarePlanSuggestions.forFlags(
                List.of(flag(AssessmentFlagType.BTAT_FRENOTOMY_ASSESSMENT)), new CarePlan());

        assertTrue(suggestions.stream().anyMatch(s -> s.destination() == ReferralDestinationType.FRENOTOMY_ASSESSMENT));
        assertTrue(
                suggestions.stream().anyMatch(s -> s.intervention() == StandardInterventionType.POSITIONING_AND_LATCH));
    }

    @Test
    void referralAlreadyInPlan_shouldNotBeSuggestedAgain() {
        CarePlan plan = new CarePlan();
        plan.getReferrals()
                .add(new Referral(ReferralDestinationType.MENTAL_HEALTH, ReferralUrgencyType.SAME_DAY, null));

        List<CarePlanSuggestions.Suggestion> suggestions =
                CarePlanSuggestions.forFlags(List.of(flag(EpdsFlagType.SELF_HARM_URGENT)), plan);

        assertFalse(suggestions.stream().anyMatch(CarePlanSuggestions.Suggestion::isReferral));
    }

    @Test
    void lessUrgentReferralInPlan_shouldBeSuggestedAgainAtTheFlagsUrgency() {
        CarePlan plan = new CarePlan();
        plan.getReferrals()
                .add(new Referral(ReferralDestinationType.MENTAL_HEALTH, ReferralUrgencyType.WITHIN_WEEK, null));

        List<CarePlanSuggestions.Suggestion> suggestions =
                CarePlanSuggestions.forFlags(List.of(flag(EpdsFlagType.SELF_HARM_URGENT)), plan);

        assertEquals(ReferralUrgencyType.SAME_DAY, suggestions.getFirst().urgency());
        assertEquals(
                ReferralDestinationType.MENTAL_HEALTH, suggestions.getFirst().destination());
    }

    @Test
    void noFlags_shouldSuggestNothing() {
        assertTrue(CarePlanSuggestions.forFlags(List.of(), new CarePlan()).isEmpty());
    }

    @Test
    void anInterventionForTwoFlags_shouldBeSuggestedOnce() {
        List<CarePlanSuggestions.Suggestion> suggestions = CarePlanSuggestions.forFlags(
                List.of(flag(WeightFlagType.EXCESS_LOSS), flag(WeightFlagType.LOW_GAIN)), new CarePlan());

        assertEquals(
                1,
                suggestions.stream()
                        .filter(s -> s.intervention() == StandardInterventionType.EARLY_FREQUENT_FEEDING)
                        .count());
    }
}
