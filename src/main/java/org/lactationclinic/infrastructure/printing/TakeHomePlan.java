package org.lactationclinic.infrastructure.printing;

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
import org.lactationclinic.domain.charting.InfantRedFlagType;
import org.lactationclinic.domain.charting.SupplementMethodType;
import org.lactationclinic.domain.charting.TestWeighing;
import org.lactationclinic.domain.consultation.ChartingContext;
import org.lactationclinic.domain.consultation.Consultation;
import org.lactationclinic.domain.consultation.InfantFindings;
import org.lactationclinic.domain.dyad.Infant;
import org.lactationclinic.domain.intake.DailyOutput;
import org.lactationclinic.domain.weight.WeightTrajectory;

/**
 * The take-home plan, in the mother's language and in plain words: the babies' numbers today, the goals, the numbered
 * steps with their quantities, the supplementation plan, a daily checklist, the referrals, when to call or see a
 * doctor, the next appointment and who saw her. Every sentence comes from the {@code plan} bundles; the only free text
 * is the consultant's note and step notes, printed as written.
 */
public record TakeHomePlan(
        ClinicHeader clinic,
        String language,
        String title,
        String subtitle,
        List<String> identifiers,
        String todayHeading,
        List<InfantToday> infants,
        List<String> goals,
        List<StepGroup> stepGroups,
        String supplementation,
        String supplementationReview,
        List<ChecklistDay> checklistDays,
        List<String> referrals,
        List<String> warnings,
        String callUs,
        String nextAppointment,
        String consultant,
        String note) {

    /** A baby's numbers today, each a sentence; null where nothing was measured. */
    public record InfantToday(
            String name,
            String age,
            String weight,
            String change,
            String transfer,
            String chartDataUri,
            String chartNote) {}

    /** The steps of one heading, numbered on from the previous heading's. */
    public record StepGroup(String heading, List<Step> steps) {}

    /** One numbered step. */
    /** One numbered step; {@code forBaby} names the baby when the step is for one of twins, else null. */
    public record Step(
            int number,
            String title,
            String forBaby,
            String instructions,
            String quantities,
            List<String> schedule,
            String note) {}

    /** One day's tick sheet (a page of its own in print): its heading and its rows. */
    public record ChecklistDay(String heading, List<ChecklistRow> rows) {}

    /** A line of the daily checklist: what to tick and how many boxes. */
    public record ChecklistRow(String label, int boxes) {

        public List<Integer> boxList() {
            return java.util.stream.IntStream.rangeClosed(1, boxes).boxed().toList();
        }
    }

    /** The plan of the consultation, as the mother takes it home. */
    public static TakeHomePlan of(
            Consultation consultation, ChartingContext context, ClinicHeader clinic, PrintTexts t) {
        CarePlan plan = consultation.carePlan();
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(t.locale());
        LocalDate visit = consultation.getStartedAt().toLocalDate();
        String mother = consultation.getMother().getGivenName();
        List<Infant> babies = consultation.getInfants();
        List<InfantToday> infants = consultation.getInfants().stream()
                .map(infant -> infantToday(infant, consultation, context, t))
                .toList();
        String supplementation = null;
        String review = null;
        SupplementationPlan supplement = plan.getSupplementation();
        if (supplement.isComplete()) {
            // at the breast the tube gives it during the feed, every other method after it
            String sentence = supplement.getMethod() == SupplementMethodType.AT_BREAST_SUPPLEMENTER
                    ? "plan.supplement.atBreast"
                    : "plan.supplement";
            supplementation = t.text(
                    sentence,
                    supplement.getVolumePerFeedMl(),
                    t.label(supplement.getType()),
                    supplement.getMethod() == null
                            ? t.get("plan.supplement.anyMethod")
                            : t.label(supplement.getMethod()),
                    supplement.getTimesPerDay() == null
                            ? t.get("plan.supplement.afterFeeds")
                            : t.text("plan.supplement.timesPerDay", supplement.getTimesPerDay()),
                    whom(supplement.getInfantUuid(), babies, t));
            review = supplement.getReviewOn() == null
                    ? null
                    : t.text("plan.supplement.review", dates.format(supplement.getReviewOn()));
        }
        return new TakeHomePlan(
                clinic,
                t.locale().getLanguage(),
                t.get("plan.title"),
                t.text("plan.subtitle", mother, dates.format(visit)),
                identifiers(consultation.getMother(), babies, t),
                t.text("plan.section.today", babies.size()),
                infants,
                plan.getGoals().stream().map(t::goalOf).toList(),
                stepGroups(plan, babies, t),
                supplementation,
                review,
                checklistDays(consultation, plan, t),
                plan.getReferrals().stream()
                        .map(referral -> referralText(referral, babies.size(), t))
                        .toList(),
                warnings(t, babies.size()),
                clinic.phone() == null ? null : t.text("plan.callUs", clinic.phone()),
                plan.getFollowUpOn() == null
                        ? t.get("plan.next.none")
                        : t.text("plan.next", dates.format(plan.getFollowUpOn())),
                t.text("plan.consultant", consultation.getConsultant().getFullName()),
                plan.getNoteToMother());
    }

    /**
     * "Amara Okafor: H-5501 (https://hospital.example/mrn)", one line per identifier of the mother and of each baby
     * seen (issue 14): the numbers to give when she calls the hospital or the baby's doctor about this plan.
     */
    static List<String> identifiers(org.lactationclinic.domain.dyad.Mother mother, List<Infant> babies, PrintTexts t) {
        List<String> lines = new java.util.ArrayList<>();
        mother.getIdentifiers().stream()
                .filter(identifier -> !identifier.isBlank())
                .forEach(identifier -> lines.add(t.text(
                        "plan.identifier", mother.getFullName(), identifier.getValue(), identifier.getSystem())));
        babies.forEach(infant -> infant.getIdentifiers().stream()
                .filter(identifier -> !identifier.isBlank())
                .forEach(identifier -> lines.add(t.text(
                        "plan.identifier", infant.getFullName(), identifier.getValue(), identifier.getSystem()))));
        return lines;
    }

    private static InfantToday infantToday(
            Infant infant, Consultation consultation, ChartingContext context, PrintTexts t) {
        long day = infant.ageAt(consultation.getStartedAt()).dayOfLife();
        String age = t.text("plan.infant.age", infant.getGivenName(), day);
        Optional<InfantFindings> findings = consultation.findingsFor(infant);
        Optional<WeightTrajectory.Point> point = findings.flatMap(context::weightPoint);
        String weight = point.map(p -> t.text("plan.infant.weight", p.weightGrams(), p.weightGrams() / 1000.0))
                .orElse(null);
        String change = point.map(p -> changeText(infant, p, t)).orElse(null);
        String name = infant.getGivenName();
        int transferMl = findings.map(f -> f.getTestWeighings().stream()
                        .filter(TestWeighing::isComplete)
                        .filter(w -> !w.isNegative())
                        .mapToInt(TestWeighing::getTransferMl)
                        .sum())
                .orElse(0);
        boolean weighedFeed = findings.map(f -> f.getTestWeighings().stream().anyMatch(TestWeighing::isComplete))
                .orElse(false);
        String transfer = weighedFeed ? t.text("plan.infant.transfer", transferMl, name) : null;
        List<GrowthChartImage.Weight> weights =
                point.isEmpty() ? List.of() : chartWeights(infant, findings.get(), context);
        String chart = point.isEmpty()
                ? null
                : GrowthChartImage.dataUri(
                        infant.getSex(),
                        weights,
                        t.get("plan.chart.days"),
                        t.get("plan.chart.kg"),
                        t.get("plan.chart.percentile"));
        String chartNote = weights.stream().anyMatch(w -> GrowthChartImage.isBelowLowestLine(infant.getSex(), w))
                ? t.text("plan.chart.belowLowest", name, (int) GrowthChartImage.LOWEST_PERCENTILE)
                : null;
        return new InfantToday(infant.getFullName(), age, weight, change, transfer, chart, chartNote);
    }

    private static String changeText(Infant infant, WeightTrajectory.Point point, PrintTexts t) {
        int birth = infant.getBirthWeightGrams();
        int difference = point.weightGrams() - birth;
        if (difference < 0) {
            BigDecimal percent = point.percentChangeDisplay().negate();
            return t.text("plan.infant.belowBirth", birth, -difference, percent, infant.getGivenName());
        }
        if (difference == 0) {
            return t.text("plan.infant.atBirth", birth, infant.getGivenName());
        }
        return t.text("plan.infant.aboveBirth", birth, difference, infant.getGivenName());
    }

    private static List<GrowthChartImage.Weight> chartWeights(
            Infant infant, InfantFindings today, ChartingContext context) {
        List<GrowthChartImage.Weight> weights = new ArrayList<>();
        weights.add(new GrowthChartImage.Weight(0, infant.getBirthWeightGrams()));
        for (WeightTrajectory.Weighing earlier : context.earlierWeighings().getOrDefault(infant.getUuid(), List.of())) {
            if (!earlier.weighedAt().isAfter(today.getWeighedAt())) {
                weights.add(new GrowthChartImage.Weight(
                        infant.ageAt(earlier.weighedAt()).dayOfLife(), earlier.weightGrams()));
            }
        }
        weights.add(
                new GrowthChartImage.Weight(infant.ageAt(today.getWeighedAt()).dayOfLife(), today.getWeightGrams()));
        weights.sort(Comparator.comparingLong(GrowthChartImage.Weight::dayOfLife));
        return weights;
    }

    private static List<StepGroup> stepGroups(CarePlan plan, List<Infant> babies, PrintTexts t) {
        Map<InterventionCategoryType, List<PlannedIntervention>> byCategory = new TreeMap<>();
        for (PlannedIntervention step : plan.getInterventions()) {
            byCategory
                    .computeIfAbsent(step.getIntervention().getCategory(), category -> new ArrayList<>())
                    .add(step);
        }
        List<StepGroup> groups = new ArrayList<>();
        int number = 1;
        for (Map.Entry<InterventionCategoryType, List<PlannedIntervention>> entry : byCategory.entrySet()) {
            List<Step> steps = new ArrayList<>();
            for (PlannedIntervention planned : entry.getValue()) {
                steps.add(step(number++, planned, babies, t));
            }
            groups.add(new StepGroup(t.label(entry.getKey()), steps));
        }
        return groups;
    }

    private static Step step(int number, PlannedIntervention planned, List<Infant> babies, PrintTexts t) {
        Intervention intervention = planned.getIntervention();
        List<String> schedule = intervention
                .standard()
                .filter(StandardInterventionType.POWER_PUMPING::equals)
                .map(s -> PowerPumpingSchedule.STEPS.stream()
                        .map(step -> t.text(
                                step.pumping() ? "plan.powerPumping.pump" : "plan.powerPumping.rest", step.minutes()))
                        .toList())
                .orElse(List.of());
        // a step for one of twins names her; a step for every baby says nothing more
        String forBaby = planned.getInfantUuid() == null
                ? null
                : t.text("plan.step.forBaby", whom(planned.getInfantUuid(), babies, t));
        // a step for every one of two or more babies speaks of "your babies" where its standard text has a baby
        boolean severalBabies = planned.getInfantUuid() == null && babies.size() > 1;
        return new Step(
                number,
                t.titleOf(intervention, severalBabies),
                forBaby,
                t.instructionsOf(intervention, severalBabies),
                quantities(planned, t),
                schedule,
                planned.getNote());
    }

    /**
     * Who a step or the extra milk is for, in the mother's words: the baby's name when it is for one baby (or only one
     * was seen), "each baby" when it is for every one of two or more; never "your baby" for twins.
     */
    static String whom(java.util.UUID infantUuid, List<Infant> babies, PrintTexts t) {
        if (infantUuid != null) {
            return babies.stream()
                    .filter(baby -> baby.getUuid().equals(infantUuid))
                    .map(Infant::getGivenName)
                    .findFirst()
                    .orElseThrow(
                            () -> new IllegalArgumentException("Infant " + infantUuid + " is not seen at this visit"));
        }
        return babies.size() == 1 ? babies.getFirst().getGivenName() : t.get("plan.eachBaby");
    }

    /** "8 times a day · 15 minutes each time · start on the left side", or null when nothing is set. */
    static String quantities(PlannedIntervention planned, PrintTexts t) {
        List<String> parts = new ArrayList<>();
        // a plan saved before hand expression had a default (V32) still says how many times a day
        Integer times = planned.getTimesPerDay() != null
                ? planned.getTimesPerDay()
                : planned.getIntervention()
                        .standard()
                        .map(StandardInterventionType::defaultTimesPerDay)
                        .orElse(null);
        if (times != null) {
            parts.add(t.text("plan.step.timesPerDay", times));
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
     * One tick sheet per day from the day after the visit until the day before the follow-up (at least one, at most
     * {@link #MAX_SHEETS}), each printed on a page of its own so she can start a fresh one each morning.
     */
    private static List<ChecklistDay> checklistDays(Consultation consultation, CarePlan plan, PrintTexts t) {
        LocalDate visit = consultation.getStartedAt().toLocalDate();
        long untilFollowUp = plan.getFollowUpOn() == null
                ? 1
                : java.time.temporal.ChronoUnit.DAYS.between(visit, plan.getFollowUpOn()) - 1;
        int sheets = (int) Math.max(1, Math.min(MAX_SHEETS, untilFollowUp));
        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEEE d MMMM", t.locale());
        List<ChecklistDay> days = new ArrayList<>();
        for (int n = 1; n <= sheets; n++) {
            List<ChecklistRow> rows = checklist(consultation, plan, n, t);
            if (rows.isEmpty()) {
                break;
            }
            days.add(new ChecklistDay(t.text("plan.checklist.day", day.format(visit.plusDays(n))), rows));
        }
        return days;
    }

    /**
     * Tick boxes for one day at home where counting helps: feeds, wet and dirty diapers for each baby in the first six
     * weeks, and pumping sessions when the plan has her pump. The numbers are the plan's own (its feeds or pumping
     * goal, the step's times a day), else what clinical-reference.md section 2 expects on that day of life
     * ({@link DailyOutput#expectedWetDiapers}: 2 wet diapers on day 2, 6 from day 6; dirty diapers: 3 from day 5,
     * "after day 4"; before that the row is there with {@link DailyOutput#MIN_STOOLS} boxes to count what comes).
     *
     * @param daysAfterVisit 1 for the day after the visit
     */
    private static List<ChecklistRow> checklist(
            Consultation consultation, CarePlan plan, int daysAfterVisit, PrintTexts t) {
        List<ChecklistRow> rows = new ArrayList<>();
        int feeds = goalTarget(plan, GoalType.FEEDS_PER_DAY)
                .or(() -> timesPerDay(plan, StandardInterventionType.EARLY_FREQUENT_FEEDING))
                .orElse(DailyOutput.MIN_FEEDS);
        Optional<Integer> wetGoal = goalTarget(plan, GoalType.WET_DIAPERS_PER_DAY);
        boolean twoOrMore = consultation.getInfants().size() > 1;
        for (Infant infant : consultation.getInfants()) {
            long dayOfLife = infant.ageAt(consultation.getStartedAt()).dayOfLife() + daysAfterVisit;
            if (dayOfLife > CHECKLIST_LAST_DAY_OF_LIFE) {
                continue;
            }
            String who = twoOrMore ? " (" + infant.getGivenName() + ")" : "";
            rows.add(new ChecklistRow(t.get("plan.checklist.feeds") + who, Math.min(feeds, MAX_BOXES)));
            int wet = wetGoal.orElse(DailyOutput.expectedWetDiapers(dayOfLife));
            rows.add(new ChecklistRow(t.get("plan.checklist.wet") + who, Math.min(Math.max(wet, 1), MAX_BOXES)));
            rows.add(new ChecklistRow(
                    t.get("plan.checklist.stools") + who,
                    Math.max(DailyOutput.expectedStools(dayOfLife), DailyOutput.MIN_STOOLS)));
        }
        goalTarget(plan, GoalType.PUMP_SESSIONS_PER_DAY)
                .or(() -> timesPerDay(plan, StandardInterventionType.PUMPING_SCHEDULE))
                .ifPresent(sessions ->
                        rows.add(new ChecklistRow(t.get("plan.checklist.pumping"), Math.min(sessions, MAX_BOXES))));
        return rows;
    }

    /** A week of sheets at most: a follow-up further away is a phone call's business, not more paper. */
    private static final int MAX_SHEETS = 7;

    /**
     * The checklist's last day of life: six weeks, when feeding is usually established (the clinic's choice, no
     * source).
     */
    private static final int CHECKLIST_LAST_DAY_OF_LIFE = 42;

    private static final int MAX_BOXES = 12;

    private static Optional<Integer> goalTarget(CarePlan plan, GoalType type) {
        return plan.getGoals().stream()
                .filter(goal -> goal.getType() == type && goal.getTarget() != null)
                .map(CarePlanGoal::getTarget)
                .findFirst();
    }

    private static Optional<Integer> timesPerDay(CarePlan plan, StandardInterventionType standard) {
        return plan.getInterventions().stream()
                .filter(step -> step.getIntervention()
                        .standard()
                        .filter(standard::equals)
                        .isPresent())
                .map(PlannedIntervention::getTimesPerDay)
                .filter(java.util.Objects::nonNull)
                .findFirst();
    }

    /** With twins, a referral about "your baby" reads in its plural form ({@code .twins}) where the bundle has one. */
    private static String referralText(Referral referral, int babies, PrintTexts t) {
        String twins = referral.getDestination().bundleKey() + ".twins";
        String where = babies > 1 && t.has(twins) ? t.get(twins) : t.label(referral.getDestination());
        String text = t.text("plan.referral", where, t.label(referral.getUrgency()));
        return referral.getNote() == null ? text : text + " " + referral.getNote();
    }

    /**
     * Section 4's red flags in the mother's words, with the numbers of the rules that raise them; for twins "a baby"
     * rather than "your baby", so no sentence reads as if she had one.
     */
    private static List<String> warnings(PrintTexts t, int babies) {
        List<String> warnings = new ArrayList<>();
        warnings.add(t.text("plan.warning.fever", InfantRedFlagType.FEVER_AT_OR_ABOVE_CELSIUS, babies));
        warnings.add(t.text("plan.warning.sleepy", babies));
        warnings.add(t.text(
                "plan.warning.diapers",
                DailyOutput.FIRST_DAY_STOOL_RULES,
                DailyOutput.MIN_WET_DIAPERS_ESTABLISHED,
                DailyOutput.MIN_STOOLS,
                babies));
        warnings.add(t.text("plan.warning.darkUrine", InfantRedFlagType.DARK_URINE_AFTER_DAY_OF_LIFE));
        warnings.add(t.text("plan.warning.jaundice", babies));
        warnings.add(t.get("plan.warning.breast"));
        warnings.add(t.text("plan.warning.mood", babies));
        return warnings;
    }
}
