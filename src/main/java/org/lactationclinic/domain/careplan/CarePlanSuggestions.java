package org.lactationclinic.domain.careplan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.lactationclinic.domain.assessment.AssessmentFlagType;
import org.lactationclinic.domain.breast.BreastFlagType;
import org.lactationclinic.domain.charting.InfantRedFlagType;
import org.lactationclinic.domain.charting.RecordContradictionType;
import org.lactationclinic.domain.intake.IntakeFlagType;
import org.lactationclinic.domain.pumping.PumpingFlagType;
import org.lactationclinic.domain.shared.ConsultationFlag;
import org.lactationclinic.domain.shared.Labelled;
import org.lactationclinic.domain.weight.WeightFlagType;
import org.lactationclinic.domain.wellbeing.EpdsFlagType;

/**
 * What the plan editor proposes for a consultation's flags: the interventions and referrals that answer each flag. The
 * consultant decides; nothing is added by itself.
 *
 * <p>The referrals follow clinical-reference.md section 4 ("Red flags that need a referral"): the mother's EPDS item 10
 * and mastitis with fever cannot wait (same day), as cannot an infant's fever under one month, lethargy, significant
 * jaundice or the day-5 output red flag; weight loss of 10 % or more, not regaining by day 14 and gain under 20 g/day
 * go to the paediatrician within the week. A BTAT or HATLFF result that suggests a tongue tie is referred for frenotomy
 * assessment (Ingram 2015; Hazelbaker). The interventions are those of section 3 that address the flag's cause: milk
 * removal first for weight and supply problems (ABM #3, ABM #9), latch and positioning for a low LATCH score or low
 * transfer, rest and support for low mood. The pumping log's flags (section 3) arrive among the consultation's flags
 * (the rolling 24 hours before the visit began, see {@code ChartingContext}) and suggest the pumping schedule, power
 * pumping, the flange fit and, once milk removal is addressed, the galactagogue discussion (ABM #9).
 */
public final class CarePlanSuggestions {

    /** A proposed step or referral, with the flag it answers. */
    public record Suggestion(
            ConsultationFlag flag,
            StandardInterventionType intervention,
            ReferralDestinationType destination,
            ReferralUrgencyType urgency) {

        public String flagKey() {
            return flag.flagKey();
        }

        public boolean isReferral() {
            return destination != null;
        }
    }

    private record Answer(
            List<StandardInterventionType> interventions,
            ReferralDestinationType destination,
            ReferralUrgencyType urgency) {}

    private static final Map<String, Answer> ANSWERS = new LinkedHashMap<>();

    static {
        answer(
                EpdsFlagType.SELF_HARM_URGENT,
                ReferralDestinationType.MENTAL_HEALTH,
                ReferralUrgencyType.SAME_DAY,
                StandardInterventionType.REST_AND_STRESS_REDUCTION);
        answer(
                EpdsFlagType.REFERRAL,
                ReferralDestinationType.MENTAL_HEALTH,
                ReferralUrgencyType.WITHIN_WEEK,
                StandardInterventionType.REST_AND_STRESS_REDUCTION,
                StandardInterventionType.MINDFULNESS_AND_SELF_CARE);
        answer(
                EpdsFlagType.ADVISORY,
                null,
                null,
                StandardInterventionType.REST_AND_STRESS_REDUCTION,
                StandardInterventionType.MINDFULNESS_AND_SELF_CARE);
        answer(
                BreastFlagType.MASTITIS_WITH_FEVER,
                ReferralDestinationType.GP_OBSTETRICIAN,
                ReferralUrgencyType.SAME_DAY,
                StandardInterventionType.POSITIONING_AND_LATCH,
                StandardInterventionType.REST_AND_STRESS_REDUCTION);
        answer(BreastFlagType.NIPPLE_PAIN_EVALUATE_CAUSE, null, null, StandardInterventionType.POSITIONING_AND_LATCH);
        answer(
                BreastFlagType.PAIN_WITH_LOW_MOOD,
                ReferralDestinationType.MENTAL_HEALTH,
                ReferralUrgencyType.WITHIN_WEEK,
                StandardInterventionType.POSITIONING_AND_LATCH,
                StandardInterventionType.REST_AND_STRESS_REDUCTION);
        answer(
                InfantRedFlagType.FEVER_UNDER_ONE_MONTH,
                ReferralDestinationType.PAEDIATRICIAN,
                ReferralUrgencyType.SAME_DAY);
        answer(InfantRedFlagType.LETHARGY, ReferralDestinationType.PAEDIATRICIAN, ReferralUrgencyType.SAME_DAY);
        answer(
                InfantRedFlagType.SIGNIFICANT_JAUNDICE,
                ReferralDestinationType.PAEDIATRICIAN,
                ReferralUrgencyType.SAME_DAY,
                StandardInterventionType.EARLY_FREQUENT_FEEDING);
        answer(
                InfantRedFlagType.DARK_URINE_AFTER_DAY_3,
                ReferralDestinationType.PAEDIATRICIAN,
                ReferralUrgencyType.SAME_DAY,
                StandardInterventionType.EARLY_FREQUENT_FEEDING,
                StandardInterventionType.BREAST_COMPRESSIONS);
        answer(
                IntakeFlagType.OUTPUT_RED_FLAG,
                ReferralDestinationType.PAEDIATRICIAN,
                ReferralUrgencyType.SAME_DAY,
                StandardInterventionType.EARLY_FREQUENT_FEEDING,
                StandardInterventionType.BREAST_COMPRESSIONS);
        answer(
                IntakeFlagType.FEW_FEEDS,
                null,
                null,
                StandardInterventionType.EARLY_FREQUENT_FEEDING,
                StandardInterventionType.RESPONSIVE_FEEDING);
        answer(IntakeFlagType.FEW_WET_DIAPERS, null, null, StandardInterventionType.EARLY_FREQUENT_FEEDING);
        answer(IntakeFlagType.FEW_STOOLS, null, null, StandardInterventionType.EARLY_FREQUENT_FEEDING);
        answer(
                IntakeFlagType.LOW_TRANSFER,
                null,
                null,
                StandardInterventionType.POSITIONING_AND_LATCH,
                StandardInterventionType.BREAST_COMPRESSIONS);
        answer(
                WeightFlagType.EXCESS_LOSS,
                ReferralDestinationType.PAEDIATRICIAN,
                ReferralUrgencyType.WITHIN_WEEK,
                StandardInterventionType.EARLY_FREQUENT_FEEDING,
                StandardInterventionType.BREAST_COMPRESSIONS,
                StandardInterventionType.HAND_EXPRESSION);
        answer(
                WeightFlagType.LOSS_ABOVE_LACTATION_EVALUATION,
                null,
                null,
                StandardInterventionType.EARLY_FREQUENT_FEEDING,
                StandardInterventionType.BREAST_COMPRESSIONS);
        answer(
                WeightFlagType.BIRTH_WEIGHT_NOT_REGAINED,
                ReferralDestinationType.PAEDIATRICIAN,
                ReferralUrgencyType.WITHIN_WEEK,
                StandardInterventionType.EARLY_FREQUENT_FEEDING,
                StandardInterventionType.PUMPING_SCHEDULE);
        answer(
                WeightFlagType.REGAIN_PROJECTED_LATE,
                null,
                null,
                StandardInterventionType.EARLY_FREQUENT_FEEDING,
                StandardInterventionType.BREAST_COMPRESSIONS);
        answer(
                WeightFlagType.STILL_LOSING,
                ReferralDestinationType.PAEDIATRICIAN,
                ReferralUrgencyType.WITHIN_WEEK,
                StandardInterventionType.EARLY_FREQUENT_FEEDING,
                StandardInterventionType.HAND_EXPRESSION);
        answer(
                WeightFlagType.LOW_GAIN,
                ReferralDestinationType.PAEDIATRICIAN,
                ReferralUrgencyType.WITHIN_WEEK,
                StandardInterventionType.EARLY_FREQUENT_FEEDING,
                StandardInterventionType.BREAST_COMPRESSIONS);
        answer(AssessmentFlagType.LATCH_FURTHER_EVALUATION, null, null, StandardInterventionType.POSITIONING_AND_LATCH);
        answer(
                AssessmentFlagType.BTAT_FRENOTOMY_ASSESSMENT,
                ReferralDestinationType.FRENOTOMY_ASSESSMENT,
                ReferralUrgencyType.WITHIN_WEEK,
                StandardInterventionType.POSITIONING_AND_LATCH);
        answer(
                AssessmentFlagType.HATLFF_FRENOTOMY_SUGGESTED,
                ReferralDestinationType.FRENOTOMY_ASSESSMENT,
                ReferralUrgencyType.WITHIN_WEEK,
                StandardInterventionType.POSITIONING_AND_LATCH);
        answer(AssessmentFlagType.HATLFF_IMPAIRED_FUNCTION, null, null, StandardInterventionType.POSITIONING_AND_LATCH);
        answer(PumpingFlagType.FEW_PUMPING_SESSIONS, null, null, StandardInterventionType.PUMPING_SCHEDULE);
        answer(
                PumpingFlagType.LOW_VOLUME,
                null,
                null,
                StandardInterventionType.PUMPING_SCHEDULE,
                StandardInterventionType.POWER_PUMPING,
                StandardInterventionType.PUMP_FLANGE_FIT);
        answer(
                PumpingFlagType.NOT_YET_AT_VOLUME,
                null,
                null,
                StandardInterventionType.PUMPING_SCHEDULE,
                StandardInterventionType.POWER_PUMPING,
                StandardInterventionType.PUMP_FLANGE_FIT,
                StandardInterventionType.GALACTAGOGUE_DISCUSSION);
        // her reason for pumping is to be recorded, not treated: it suggests nothing
        answer(PumpingFlagType.PURPOSE_NOT_RECORDED, null, null);
        // a contradiction is corrected in the record, not treated: it suggests nothing
        answer(RecordContradictionType.EXCLUSIVE_WITH_FORMULA, null, null);
    }

    private CarePlanSuggestions() {}

    private static void answer(
            Labelled flag,
            ReferralDestinationType destination,
            ReferralUrgencyType urgency,
            StandardInterventionType... interventions) {
        ANSWERS.put(flag.bundleKey(), new Answer(List.of(interventions), destination, urgency));
    }

    /** The flag types that have an answer (for the tests that every flag is answered). */
    static boolean answers(Labelled flag) {
        return ANSWERS.containsKey(flag.bundleKey());
    }

    /**
     * The suggestions for the flags, most urgent referrals first, then interventions in the order their flags came;
     * each referral destination and intervention once, and none the plan already holds. A referral suggested by two
     * flags takes the more urgent of them. A referral the plan holds with less urgency than a flag calls for is
     * suggested again at the flag's urgency (item 10 answered after a within-the-week mental health referral was
     * agreed), so the consultant sees the difference.
     */
    public static List<Suggestion> forFlags(Collection<ConsultationFlag> flags, CarePlan plan) {
        Map<ReferralDestinationType, Suggestion> referrals = new LinkedHashMap<>();
        Map<StandardInterventionType, Suggestion> interventions = new LinkedHashMap<>();
        for (ConsultationFlag flag : flags) {
            Optional<Answer> found = Optional.ofNullable(ANSWERS.get(flag.flagKey()));
            if (found.isEmpty()) {
                continue;
            }
            Answer answer = found.get();
            if (answer.destination() != null && !plan.refersTo(answer.destination(), answer.urgency())) {
                Suggestion referral = new Suggestion(flag, null, answer.destination(), answer.urgency());
                referrals.merge(
                        answer.destination(),
                        referral,
                        (kept, next) -> next.urgency().compareTo(kept.urgency()) < 0 ? next : kept);
            }
            for (StandardInterventionType intervention : answer.interventions()) {
                if (!plan.holds(intervention)) {
                    interventions.putIfAbsent(intervention, new Suggestion(flag, intervention, null, null));
                }
            }
        }
        List<Suggestion> suggestions = new ArrayList<>(referrals.values().stream()
                .sorted((a, b) -> a.urgency().compareTo(b.urgency()))
                .toList());
        suggestions.addAll(interventions.values());
        return suggestions;
    }

    /** Every flag type the clinic raises, for tests. */
    static Stream<Labelled> allFlagTypes() {
        return Stream.of(
                        EpdsFlagType.values(),
                        BreastFlagType.values(),
                        InfantRedFlagType.values(),
                        IntakeFlagType.values(),
                        WeightFlagType.values(),
                        AssessmentFlagType.values(),
                        PumpingFlagType.values(),
                        RecordContradictionType.values())
                .flatMap(values -> Stream.<Labelled>of(values));
    }
}
