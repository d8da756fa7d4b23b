package org.lactationclinic.domain.weight;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.lactationclinic.domain.dyad.InfantAge;

/**
 * One infant's weights since birth, with the figures and flags of clinical-reference.md, section 2 for every weighing.
 * A trajectory belongs to exactly one infant: twins get one each, from their own birth weight and birth time, so
 * nothing of one twin's course leaks into the other's.
 *
 * <p>Definitions, each chosen so the figure means the same on every page and in every letter:
 *
 * <ul>
 *   <li><b>Day of life</b>: calendar days from the birth date, birth = day 0, exactly as {@code Infant.ageAt} counts
 *       it, so the chart and the infant banner never disagree.
 *   <li><b>Per cent change</b>: (current − birth) / birth × 100, negative for a loss.
 *   <li><b>Nadir</b>: the lowest weight <em>measured after birth</em> at or before this weighing; the birth weight
 *       itself is never the nadir (clinical-reference.md, section 2, row "The nadir"). A baby first weighed on day 14
 *       just above birth weight has an unobserved nadir somewhere in between: a gain from the birth weight at day 0
 *       would hide that early loss and call a healthy baby a slow gainer, so the gain is measured only between
 *       post-birth weighings. When the lowest weight occurs more than once, the <em>earliest</em> counts: a baby who
 *       stays flat after the nadir then shows a gain of 0 g/day, which is low gain, instead of a fresh nadir with no
 *       gain figure at all.
 *   <li><b>Gain per day</b>: (current − nadir) / (day of life now − day of life of the nadir). There is no gain figure
 *       when the nadir is this weighing (the first post-birth weighing, or the infant has just reached a new low; it is
 *       losing, not gaining) or when the nadir is on the same day of life (dividing by zero days says nothing). So with
 *       a single post-birth weighing nothing is computed or flagged from the gain until a second one exists. Days are
 *       the same calendar days of life as everywhere else, so gain, day of life and the projected regain day are in one
 *       unit; weighings in this clinic are days apart, and two weighings late one evening and early the next morning
 *       count as one day.
 *   <li><b>Below birth weight</b>: strictly lighter than at birth; equal to birth weight is regained.
 *   <li><b>Projected regain day</b>: only while below birth weight and gaining (gain above 0 g/day): day of life now +
 *       deficit / gain per day. A flat or falling infant has no projection; {@link WeightFlagType#LOW_GAIN} and the
 *       loss flags speak for it.
 * </ul>
 *
 * Rounding: the reference rounds percentages half-up to one decimal for display and compares unrounded values. Every
 * flag here is decided by exact integer and {@link BigDecimal} arithmetic on the raw grams, not on a {@code double}: in
 * binary floating point, 210 / 3000 × 100 is 7.000000000000001, which would flag an exact 7.0 % loss. The
 * {@code double} figures are for charts and are never compared.
 */
public final class WeightTrajectory {

    private static final int DISPLAY_SCALE = 1;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final int birthWeightGrams;
    private final LocalDateTime birthDateTime;
    private final List<Point> points;

    private WeightTrajectory(int birthWeightGrams, LocalDateTime birthDateTime, List<Point> points) {
        this.birthWeightGrams = birthWeightGrams;
        this.birthDateTime = birthDateTime;
        this.points = points;
    }

    /** A weight observed at a moment, in whole grams, as the consultant recorded it. */
    public record Weighing(LocalDateTime weighedAt, int weightGrams) implements Serializable {

        public Weighing {
            Objects.requireNonNull(weighedAt, "weighedAt");
            if (weightGrams <= 0) {
                throw new IllegalArgumentException("A weight must be positive grams: " + weightGrams);
            }
        }
    }

    /**
     * The figures and flags for one weighing.
     *
     * @param weighing the weighing itself
     * @param dayOfLife calendar days since the birth date, birth = day 0
     * @param percentChange (current − birth) / birth × 100, unrounded, negative for a loss; for charts, never for
     *     comparisons
     * @param percentChangeDisplay the same, rounded half-up to one decimal. {@link RoundingMode#HALF_UP} rounds the
     *     magnitude, so a tie moves away from zero on both sides: −6.65 shows −6.7 (as +6.65 shows +6.7), not −6.6 as
     *     {@link Math#round(double)} would give. Rounded from the exact quotient, so −6.65 is a true tie, not
     *     −6.6499999
     * @param nadirGrams the lowest post-birth weight at or before this weighing (never the birth weight); this
     *     weighing's own weight when it is the first
     * @param nadirDayOfLife day of life of that lowest weight (its earliest occurrence)
     * @param gainGramsPerDay (current − nadir) / days since the nadir, unrounded; {@code null} when the nadir is this
     *     weighing or on the same day of life
     * @param gainGramsPerDayDisplay the gain rounded half-up to one decimal; {@code null} with the gain
     * @param belowBirthWeight strictly below birth weight
     * @param projectedRegainDayOfLife day of life now + deficit / gain per day, unrounded; {@code null} unless below
     *     birth weight and gaining more than 0 g/day
     * @param projectedRegainDayOfLifeDisplay the projection rounded <em>up</em> to the next whole day of life: birth
     *     weight is regained on the first whole day by which the projected gain covers the deficit, and rounding down
     *     would promise a day too early. With a whole-day threshold, display &gt; threshold exactly when the unrounded
     *     projection is, so the shown day never contradicts the flag; {@code null} with the projection
     * @param flags the flags this weighing raises, in declaration order; unmodifiable
     */
    public record Point(
            Weighing weighing,
            long dayOfLife,
            double percentChange,
            BigDecimal percentChangeDisplay,
            int nadirGrams,
            long nadirDayOfLife,
            Double gainGramsPerDay,
            BigDecimal gainGramsPerDayDisplay,
            boolean belowBirthWeight,
            Double projectedRegainDayOfLife,
            Long projectedRegainDayOfLifeDisplay,
            Set<WeightFlagType> flags)
            implements Serializable {

        public Point {
            flags = Collections.unmodifiableSet(
                    flags.isEmpty() ? EnumSet.noneOf(WeightFlagType.class) : EnumSet.copyOf(flags));
        }

        public int weightGrams() {
            return weighing.weightGrams();
        }

        public boolean hasFlag(WeightFlagType flag) {
            return flags.contains(flag);
        }

        /** The flags to show: one whose stronger flag is also raised is left out ("10.4 % lost" says it all). */
        public Set<WeightFlagType> strongestFlags() {
            Set<WeightFlagType> strongest =
                    flags.isEmpty() ? EnumSet.noneOf(WeightFlagType.class) : EnumSet.copyOf(flags);
            strongest.removeIf(
                    flag -> flag.supersededBy().filter(flags::contains).isPresent());
            return strongest;
        }

        /**
         * The number a flag's reason quotes: the loss in per cent, the day of life, the projected day or the gain per
         * day.
         */
        public String quotedNumber(WeightFlagType flag) {
            return switch (flag) {
                case LOSS_ABOVE_LACTATION_EVALUATION, EXCESS_LOSS ->
                    percentChangeDisplay.negate().toPlainString();
                case BIRTH_WEIGHT_NOT_REGAINED, STILL_LOSING -> String.valueOf(dayOfLife);
                case REGAIN_PROJECTED_LATE -> String.valueOf(projectedRegainDayOfLifeDisplay);
                case LOW_GAIN -> gainGramsPerDayDisplay.toPlainString();
            };
        }
    }

    /**
     * Computes the trajectory. Weighings may come in any order; they are taken in time order, and weighings at the same
     * moment keep the order given.
     *
     * @throws IllegalArgumentException when the birth weight is not positive or a weighing is before birth
     */
    public static WeightTrajectory of(
            int birthWeightGrams, LocalDateTime birthDateTime, List<Weighing> weighings, WeightThresholds thresholds) {
        Objects.requireNonNull(birthDateTime, "birthDateTime");
        Objects.requireNonNull(weighings, "weighings");
        Objects.requireNonNull(thresholds, "thresholds");
        if (birthWeightGrams <= 0) {
            throw new IllegalArgumentException("Birth weight must be positive grams: " + birthWeightGrams);
        }
        List<Weighing> inTimeOrder = new ArrayList<>(weighings);
        inTimeOrder.sort(Comparator.comparing(Weighing::weighedAt));

        List<Point> points = new ArrayList<>(inTimeOrder.size());
        // the birth weight is deliberately not a candidate: the first weighing is always the first nadir
        int nadirGrams = Integer.MAX_VALUE;
        long nadirDay = 0;
        Weighing previous = null;
        for (Weighing weighing : inTimeOrder) {
            if (weighing.weighedAt().isBefore(birthDateTime)) {
                throw new IllegalArgumentException("Weighing before birth: " + weighing.weighedAt());
            }
            long day = dayOfLife(birthDateTime, weighing.weighedAt());
            int grams = weighing.weightGrams();
            boolean newNadir = grams < nadirGrams;
            if (newNadir) {
                nadirGrams = grams;
                nadirDay = day;
            }
            points.add(point(birthWeightGrams, weighing, day, nadirGrams, nadirDay, newNadir, previous, thresholds));
            previous = weighing;
        }
        return new WeightTrajectory(birthWeightGrams, birthDateTime, Collections.unmodifiableList(points));
    }

    /** {@link #of(int, LocalDateTime, List, WeightThresholds)} with {@link WeightThresholds#DEFAULTS}. */
    public static WeightTrajectory of(int birthWeightGrams, LocalDateTime birthDateTime, List<Weighing> weighings) {
        return of(birthWeightGrams, birthDateTime, weighings, WeightThresholds.DEFAULTS);
    }

    /** Day of life as {@code Infant.ageAt} counts it: calendar days since the birth date, birth = day 0. */
    static long dayOfLife(LocalDateTime birthDateTime, LocalDateTime moment) {
        return InfantAge.between(birthDateTime, moment).dayOfLife();
    }

    private static Point point(
            int birthGrams,
            Weighing weighing,
            long day,
            int nadirGrams,
            long nadirDay,
            boolean nadirIsThisWeighing,
            Weighing previous,
            WeightThresholds thresholds) {
        int grams = weighing.weightGrams();
        long changeGrams = (long) grams - birthGrams;
        long lossGrams = -changeGrams;
        boolean below = grams < birthGrams;
        Set<WeightFlagType> flags = EnumSet.noneOf(WeightFlagType.class);

        // loss% > T  <=>  loss × 100 > T × birth: exact, no division
        BigDecimal lossTimesHundred = BigDecimal.valueOf(lossGrams * 100);
        BigDecimal birth = BigDecimal.valueOf(birthGrams);
        if (lossTimesHundred.compareTo(
                        thresholds.lactationEvaluationLossPercent().multiply(birth))
                > 0) {
            flags.add(WeightFlagType.LOSS_ABOVE_LACTATION_EVALUATION);
        }
        if (lossTimesHundred.compareTo(thresholds.excessLossPercent().multiply(birth)) >= 0) {
            flags.add(WeightFlagType.EXCESS_LOSS);
        }
        if (below && day >= thresholds.regainBirthWeightByDayOfLife()) {
            flags.add(WeightFlagType.BIRTH_WEIGHT_NOT_REGAINED);
        }
        if (previous != null && day > thresholds.stillLosingAfterDayOfLife() && grams < previous.weightGrams()) {
            flags.add(WeightFlagType.STILL_LOSING);
        }

        long gainDays = day - nadirDay;
        Double gainPerDay = null;
        BigDecimal gainPerDayDisplay = null;
        Double projected = null;
        Long projectedDisplay = null;
        if (!nadirIsThisWeighing && gainDays > 0) {
            long gainGrams = (long) grams - nadirGrams;
            gainPerDay = (double) gainGrams / gainDays;
            gainPerDayDisplay = BigDecimal.valueOf(gainGrams)
                    .divide(BigDecimal.valueOf(gainDays), DISPLAY_SCALE, RoundingMode.HALF_UP);
            // gain/day < G  <=>  gain < G × days
            if (BigDecimal.valueOf(gainGrams)
                            .compareTo(thresholds.minimumGainGramsPerDay().multiply(BigDecimal.valueOf(gainDays)))
                    < 0) {
                flags.add(WeightFlagType.LOW_GAIN);
            }
            if (below && gainGrams > 0) {
                // day + deficit / (gain / days) = day + deficit × days / gain
                long deficitTimesDays = lossGrams * gainDays;
                projected = day + (double) deficitTimesDays / gainGrams;
                projectedDisplay = day + Math.ceilDiv(deficitTimesDays, gainGrams);
                // projected > P  <=>  day × gain + deficit × days > P × gain
                if (day * gainGrams + deficitTimesDays
                        > (long) thresholds.projectedRegainLatestDayOfLife() * gainGrams) {
                    flags.add(WeightFlagType.REGAIN_PROJECTED_LATE);
                }
            }
        }

        double percentChange = changeGrams * 100.0 / birthGrams;
        BigDecimal percentChangeDisplay =
                BigDecimal.valueOf(changeGrams * 100).divide(birth, DISPLAY_SCALE, RoundingMode.HALF_UP);
        return new Point(
                weighing,
                day,
                percentChange,
                percentChangeDisplay,
                nadirGrams,
                nadirDay,
                gainPerDay,
                gainPerDayDisplay,
                below,
                projected,
                projectedDisplay,
                flags);
    }

    public int birthWeightGrams() {
        return birthWeightGrams;
    }

    public LocalDateTime birthDateTime() {
        return birthDateTime;
    }

    /** One point per weighing, in time order; unmodifiable. */
    public List<Point> points() {
        return points;
    }
}
