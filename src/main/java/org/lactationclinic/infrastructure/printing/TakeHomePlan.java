package org.lactationclinic.infrastructure.printing;

import org.lactationclinic.domain.careplan.CarePlan;
import org.lactationclinic.domain.careplan.CarePlanGoal;
import org.lactationclinic.domain.careplan.GoalType;
import org.lactationclinic.domain.careplan.Intervention;
import org.lactationclinic.domain.careplan.InterventionCategoryType;
import org.lactationclinic.domain.careplan.PlannedIntervention;
import org.lactationclinic.domain.careplan.PowerPumpingSchedule;
import org.lactationclinic.domain.careplan.Referral;
import org.lactationclinic.domain.careplan.StandardInterventionType;
import org.lactationclinic.domain.careplan.SupplementationPlan;
import org.lactationclinic.domain.charting.ChartingContext;
import org.lactationclinic.domain.charting.InfantFindings;
import org.lactationclinic.domain.charting.InfantRedFlagType;
import org.lactationclinic.domain.charting.SupplementMethodType;
import org.lactationclinic.domain.charting.TestWeighing;
import org.lactationclinic.domain.consultation.Consultation;
import org.lactationclinic.domain.dyad.Infant;
import org.lactationclinic.domain.intake.DailyOutput;
import org.lactationclinic.domain.weight.WeightTrajectory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The take-home plan, in the mother's language and in plain words: the babies' numbers today, the goals, the
 * numbered steps with their quantities, the supplementation plan, a daily checklist, the referrals, when to
 * call or see a doctor, the next appointment and who saw her. Every sentence comes from the {@code plan}
 * bundles; the only free text is the consultant's note and step notes, printed as written.
 */
public record TakeHomePlan(ClinicHeader clinic, String language, String title, String subtitle,
                           List<InfantToday> infants, List<String> goals, List<StepGroup> stepGroups,
                           String supplementation, String supplementationReview, List<ChecklistRow> checklist,
                           List<String> referrals, List<String> warnings, String callUs, String nextAppointment,
                           String consultant, String note) {

    /** A baby's numbers today, each a sentence; null where nothing was measured. */
    public record InfantToday(String name, String age, String weight, String change, String transfer, String chartDataUri) {
    }

    /** The steps of one heading, numbered on from the previous heading's. */
    public record StepGroup(String heading, List<Step> steps) {
    }

    /** One numbered step. */
    public record Step(int number, String title, String instructions, String quantities, List<String> schedule, String note) {
    }

    /** A line of the daily checklist: what to tick and how many boxes. */
    public record ChecklistRow(String label, int boxes) {

        public List<Integer> boxList() {
            return java.util.stream.IntStream.rangeClosed(1, boxes).boxed().toList();
        }
    }

    /** The plan of the consultation, as the mother takes it home. */
    public static TakeHomePlan of(Consultation consultation, ChartingContext context, ClinicHeader clinic, PrintTexts t) {
        CarePlan plan = consultation.carePlan();
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(t.locale());
        LocalDate visit = consultation.getStartedAt().toLocalDate();
        String mother = consultation.getMother().getGivenName();
        List<InfantToday> infants = consultation.getInfants().stream()
                .map(infant -> infantToday(infant, consultation, context, t)).toList();
        String supplementation = null;
        String review = null;
        SupplementationPlan supplement = plan.getSupplementation();
        if (supplement.isComplete()) {
            // at the breast the tube gives it during the feed, every other method after it
            String sentence = supplement.getMethod() == SupplementMethodType.AT_BREAST_SUPPLEMENTER ? "plan.supplement.atBreast" : "plan.supplement";
            supplementation = t.text(sentence, supplement.getVolumePerFeedMl(), t.label(supplement.getType()),
                    supplement.getMethod() == null ? t.get("plan.supplement.anyMethod") : t.label(supplement.getMethod()),
                    supplement.getTimesPerDay() == null ? t.get("plan.supplement.afterFeeds")
                            : t.text("plan.supplement.timesPerDay", supplement.getTimesPerDay()));
            review = supplement.getReviewOn() == null ? null : t.text("plan.supplement.review", dates.format(supplement.getReviewOn()));
        }
        return new TakeHomePlan(clinic, t.locale().getLanguage(),
                t.get("plan.title"),
                t.text("plan.subtitle", mother, dates.format(visit)),
                infants,
                plan.getGoals().stream().map(t::goalOf).toList(),
                stepGroups(plan, t),
                supplementation, review,
                checklist(consultation, plan, t),
                plan.getReferrals().stream().map(referral -> referralText(referral, t)).toList(),
                warnings(t),
                clinic.phone() == null ? null : t.text("plan.callUs", clinic.phone()),
                plan.getFollowUpOn() == null ? t.get("plan.next.none") : t.text("plan.next", dates.format(plan.getFollowUpOn())),
                t.text("plan.consultant", consultation.getConsultant().getFullName()),
                plan.getNoteToMother());
    }

    private static InfantToday infantToday(Infant infant, Consultation consultation, ChartingContext context, PrintTexts t) {
        long day = infant.ageAt(consultation.getStartedAt()).dayOfLife();
        String age = t.text("plan.infant.age", infant.getGivenName(), day);
        Optional<InfantFindings> findings = consultation.findingsFor(infant);
        Optional<WeightTrajectory.Point> point = findings.flatMap(context::weightPoint);
        String weight = point.map(p -> t.text("plan.infant.weight", p.weightGrams(), p.weightGrams() / 1000.0)).orElse(null);
        String change = point.map(p -> changeText(infant, p, t)).orElse(null);
        int transferMl = findings.map(f -> f.getTestWeighings().stream().filter(TestWeighing::isComplete)
                .filter(w -> !w.isNegative()).mapToInt(TestWeighing::getTransferMl).sum()).orElse(0);
        boolean weighedFeed = findings.map(f -> f.getTestWeighings().stream().anyMatch(TestWeighing::isComplete)).orElse(false);
        String transfer = weighedFeed ? t.text("plan.infant.transfer", transferMl) : null;
        String chart = point.isEmpty() ? null : GrowthChartImage.dataUri(infant.getSex(), chartWeights(infant, findings.get(), context),
                t.get("plan.chart.days"), t.get("plan.chart.kg"), t.get("plan.chart.percentile"));
        return new InfantToday(infant.getFullName(), age, weight, change, transfer, chart);
    }

    private static String changeText(Infant infant, WeightTrajectory.Point point, PrintTexts t) {
        int birth = infant.getBirthWeightGrams();
        int difference = point.weightGrams() - birth;
        if (difference < 0) {
            BigDecimal percent = point.percentChangeDisplay().negate();
            return t.text("plan.infant.belowBirth", birth, -difference, percent);
        }
        if (difference == 0) {
            return t.text("plan.infant.atBirth", birth);
        }
        return t.text("plan.infant.aboveBirth", birth, difference);
    }

    private static List<GrowthChartImage.Weight> chartWeights(Infant infant, InfantFindings today, ChartingContext context) {
        List<GrowthChartImage.Weight> weights = new ArrayList<>();
        weights.add(new GrowthChartImage.Weight(0, infant.getBirthWeightGrams()));
        for (WeightTrajectory.Weighing earlier : context.earlierWeighings().getOrDefault(infant.getUuid(), List.of())) {
            if (!earlier.weighedAt().isAfter(today.getWeighedAt())) {
                weights.add(new GrowthChartImage.Weight(infant.ageAt(earlier.weighedAt()).dayOfLife(), earlier.weightGrams()));
            }
        }
        weights.add(new GrowthChartImage.Weight(infant.ageAt(today.getWeighedAt()).dayOfLife(), today.getWeightGrams()));
        weights.sort(Comparator.comparingLong(GrowthChartImage.Weight::dayOfLife));
        return weights;
    }

    private static List<StepGroup> stepGroups(CarePlan plan, PrintTexts t) {
        Map<InterventionCategoryType, List<PlannedIntervention>> byCategory = new TreeMap<>();
        for (PlannedIntervention step : plan.getInterventions()) {
            byCategory.computeIfAbsent(step.getIntervention().getCategory(), category -> new ArrayList<>()).add(step);
        }
        List<StepGroup> groups = new ArrayList<>();
        int number = 1;
        for (Map.Entry<InterventionCategoryType, List<PlannedIntervention>> entry : byCategory.entrySet()) {
            List<Step> steps = new ArrayList<>();
            for (PlannedIntervention planned : entry.getValue()) {
                steps.add(step(number++, planned, t));
            }
            groups.add(new StepGroup(t.label(entry.getKey()), steps));
        }
        return groups;
    }

    private static Step step(int number, PlannedIntervention planned, PrintTexts t) {
        Intervention intervention = planned.getIntervention();
        List<String> schedule = intervention.standard().filter(StandardInterventionType.POWER_PUMPING::equals)
                .map(s -> PowerPumpingSchedule.STEPS.stream().map(step -> t.text(step.pumping()
                        ? "plan.powerPumping.pump" : "plan.powerPumping.rest", step.minutes())).toList())
                .orElse(List.of());
        return new Step(number, t.titleOf(intervention), t.instructionsOf(intervention), quantities(planned, t), schedule,
                planned.getNote());
    }

    /** "8 times a day · 15 minutes each time · start on the left side", or null when nothing is set. */
    static String quantities(PlannedIntervention planned, PrintTexts t) {
        List<String> parts = new ArrayList<>();
        if (planned.getTimesPerDay() != null) {
            parts.add(t.text("plan.step.timesPerDay", planned.getTimesPerDay()));
        }
        if (planned.getMinutes() != null) {
            parts.add(t.text("plan.step.minutes", planned.getMinutes()));
        }
        if (planned.getVolumeMl() != null) {
            parts.add(t.text("plan.step.volume", planned.getVolumeMl()));
        }
        if (planned.getMethod() != null) {
            parts.add(t.text("plan.step.method", t.label(planned.getMethod())));
        }
        if (planned.getSide() != null) {
            parts.add(t.text("plan.step.side", t.label(planned.getSide())));
        }
        return parts.isEmpty() ? null : String.join(" · ", parts);
    }

    /**
     * Tick boxes for a day where counting helps: feeds and diapers for each baby in the first six weeks, and
     * pumping sessions when the plan has her pump. The numbers are the plan's own (its feeds or pumping goal,
     * the step's times a day), else what clinical-reference.md section 2 expects on the baby's first day at
     * home after the visit ({@link DailyOutput#expectedWetDiapers}: 2 wet diapers for a baby seen on day 1,
     * 6 from day 6; dirty diapers from day 5, "after day 4", when the guidance starts counting them).
     */
    private static List<ChecklistRow> checklist(Consultation consultation, CarePlan plan, PrintTexts t) {
        List<ChecklistRow> rows = new ArrayList<>();
        int feeds = goalTarget(plan, GoalType.FEEDS_PER_DAY)
                .or(() -> timesPerDay(plan, StandardInterventionType.EARLY_FREQUENT_FEEDING)).orElse(DailyOutput.MIN_FEEDS);
        Optional<Integer> wetGoal = goalTarget(plan, GoalType.WET_DIAPERS_PER_DAY);
        boolean twoOrMore = consultation.getInfants().size() > 1;
        for (Infant infant : consultation.getInfants()) {
            long dayAtHome = infant.ageAt(consultation.getStartedAt()).dayOfLife() + 1;
            if (dayAtHome > CHECKLIST_LAST_DAY_OF_LIFE) {
                continue;
            }
            String who = twoOrMore ? " (" + infant.getGivenName() + ")" : "";
            rows.add(new ChecklistRow(t.get("plan.checklist.feeds") + who, Math.min(feeds, MAX_BOXES)));
            int wet = wetGoal.orElse(DailyOutput.expectedWetDiapers(dayAtHome));
            rows.add(new ChecklistRow(t.get("plan.checklist.wet") + who, Math.min(wet, MAX_BOXES)));
            int stools = DailyOutput.expectedStools(dayAtHome);
            if (stools > 0) {
                rows.add(new ChecklistRow(t.get("plan.checklist.stools") + who, stools));
            }
        }
        goalTarget(plan, GoalType.PUMP_SESSIONS_PER_DAY)
                .or(() -> timesPerDay(plan, StandardInterventionType.PUMPING_SCHEDULE))
                .ifPresent(sessions -> rows.add(new ChecklistRow(t.get("plan.checklist.pumping"), Math.min(sessions, MAX_BOXES))));
        return rows;
    }

    /** The checklist's last day of life: six weeks, when feeding is usually established (the clinic's choice, no source). */
    private static final int CHECKLIST_LAST_DAY_OF_LIFE = 42;
    private static final int MAX_BOXES = 12;

    private static Optional<Integer> goalTarget(CarePlan plan, GoalType type) {
        return plan.getGoals().stream().filter(goal -> goal.getType() == type && goal.getTarget() != null)
                .map(CarePlanGoal::getTarget).findFirst();
    }

    private static Optional<Integer> timesPerDay(CarePlan plan, StandardInterventionType standard) {
        return plan.getInterventions().stream()
                .filter(step -> step.getIntervention().standard().filter(standard::equals).isPresent())
                .map(PlannedIntervention::getTimesPerDay).filter(java.util.Objects::nonNull).findFirst();
    }

    private static String referralText(Referral referral, PrintTexts t) {
        String text = t.text("plan.referral", t.label(referral.getDestination()), t.label(referral.getUrgency()));
        return referral.getNote() == null ? text : text + " " + referral.getNote();
    }

    /** Section 4's red flags in the mother's words, with the numbers of the rules that raise them. */
    private static List<String> warnings(PrintTexts t) {
        List<String> warnings = new ArrayList<>();
        warnings.add(t.text("plan.warning.fever", InfantRedFlagType.FEVER_AT_OR_ABOVE_CELSIUS));
        warnings.add(t.get("plan.warning.sleepy"));
        warnings.add(t.text("plan.warning.diapers", DailyOutput.FIRST_DAY_STOOL_RULES, DailyOutput.MIN_WET_DIAPERS_ESTABLISHED,
                DailyOutput.MIN_STOOLS));
        warnings.add(t.text("plan.warning.darkUrine", InfantRedFlagType.DARK_URINE_AFTER_DAY_OF_LIFE));
        warnings.add(t.get("plan.warning.jaundice"));
        warnings.add(t.get("plan.warning.breast"));
        warnings.add(t.get("plan.warning.mood"));
        return warnings;
    }
}
