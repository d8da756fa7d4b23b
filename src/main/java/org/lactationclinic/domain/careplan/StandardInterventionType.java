package org.lactationclinic.domain.careplan;

import org.lactationclinic.domain.shared.Labelled;

/**
 * The interventions the clinic's library is seeded with: the care-plan interventions named in clinical-reference.md
 * section 3 ("early and frequent feeding (8-12/24 h), responsive feeding and cluster feeding explained, skin-to-skin,
 * positioning and latch correction, breast compressions, hand expression, pumping schedule, power pumping, pump flange
 * fit, nutrition and hydration, rest and stress reduction, mindfulness/self-care, galactagogue discussion (with the ABM
 * #9 caveats)"). The supplementation plan, referrals and the follow-up date of that list are parts of the plan of their
 * own ({@link CarePlan}).
 *
 * <p>A standard intervention's title and instructions for the mother are the printed plan's bundle entries
 * {@code Intervention.CODE.title} and {@code Intervention.CODE.instructions}, so they print in her language. Migration
 * V11 inserts one library row per value; {@code CarePlanIT} checks they agree.
 */
public enum StandardInterventionType implements Labelled {
    EARLY_FREQUENT_FEEDING(InterventionCategoryType.FEEDING, 8, null),
    RESPONSIVE_FEEDING(InterventionCategoryType.FEEDING, null, null),
    SKIN_TO_SKIN(InterventionCategoryType.FEEDING, null, 60),
    POSITIONING_AND_LATCH(InterventionCategoryType.LATCH_AND_POSITIONING, null, null),
    BREAST_COMPRESSIONS(InterventionCategoryType.LATCH_AND_POSITIONING, null, null),
    /**
     * 8 times a day: after each of the 8 or more feeds a day of section 2, or in place of a feed the baby cannot take
     * (V32).
     */
    HAND_EXPRESSION(InterventionCategoryType.MILK_EXPRESSION_AND_PUMPING, 8, 10),
    PUMPING_SCHEDULE(InterventionCategoryType.MILK_EXPRESSION_AND_PUMPING, 8, 15),
    PUMP_FLANGE_FIT(InterventionCategoryType.MILK_EXPRESSION_AND_PUMPING, null, null),
    /** Its schedule is {@link PowerPumpingSchedule}, printed step by step. */
    POWER_PUMPING(InterventionCategoryType.SUPPLY, PowerPumpingSchedule.TIMES_PER_DAY, null),
    /**
     * ABM protocol #9 (2018) recommends no specific galactagogue: first improve milk removal and look for medical
     * causes; domperidone is not FDA-approved in the US. The instructions say so and never give a dose.
     */
    GALACTAGOGUE_DISCUSSION(InterventionCategoryType.SUPPLY, null, null),
    NUTRITION_AND_HYDRATION(InterventionCategoryType.NUTRITION_AND_HYDRATION, null, null),
    REST_AND_STRESS_REDUCTION(InterventionCategoryType.REST_AND_WELLBEING, null, null),
    MINDFULNESS_AND_SELF_CARE(InterventionCategoryType.REST_AND_WELLBEING, null, null);

    private final InterventionCategoryType category;
    private final Integer defaultTimesPerDay;
    private final Integer defaultMinutes;

    StandardInterventionType(InterventionCategoryType category, Integer defaultTimesPerDay, Integer defaultMinutes) {
        this.category = category;
        this.defaultTimesPerDay = defaultTimesPerDay;
        this.defaultMinutes = defaultMinutes;
    }

    public InterventionCategoryType category() {
        return category;
    }

    /** Times per day filled in when the consultant picks it; null when the intervention has no frequency. */
    public Integer defaultTimesPerDay() {
        return defaultTimesPerDay;
    }

    /** Minutes filled in when the consultant picks it; null when it has no duration. */
    public Integer defaultMinutes() {
        return defaultMinutes;
    }
}
