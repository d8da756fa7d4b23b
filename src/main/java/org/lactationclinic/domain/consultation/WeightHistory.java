package org.lactationclinic.domain.consultation;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.lactationclinic.domain.dyad.Infant;
import org.lactationclinic.domain.growth.GrowthZScore;
import org.lactationclinic.domain.growth.WhoWeightForAge;
import org.lactationclinic.domain.referral.ImportedWeight;
import org.lactationclinic.domain.weight.WeightThresholds;
import org.lactationclinic.domain.weight.WeightTrajectory;

/**
 * Every weight recorded for an infant, each with where it stands: the trajectory values and flags of
 * clinical-reference.md section 2 ({@link WeightTrajectory}) and the WHO weight-for-age z-score and percentile for the
 * infant's sex and age in days ({@link WhoWeightForAge}). The weights are those weighed at the clinic's consultations
 * and those imported from accepted referrals ({@link ImportedWeight}).
 *
 * @param rows in time order
 */
public record WeightHistory(Infant infant, List<Row> rows) implements Serializable {

    /**
     * One weighing.
     *
     * @param findings the consultation findings that recorded it, or null for an imported weight
     * @param imported the imported weight, or null for one weighed at the clinic
     * @param point % change, gain since the lowest weight, projected regain and flags
     * @param zScore WHO weight-for-age, or null beyond the standard's 1856 days
     */
    public record Row(
            InfantFindings findings, ImportedWeight imported, WeightTrajectory.Point point, GrowthZScore zScore)
            implements Serializable {

        /** When it was weighed (for an imported weight, the moment {@link #weighingOf} placed it at). */
        public LocalDateTime weighedAt() {
            return point.weighing().weighedAt();
        }
    }

    public WeightHistory {
        rows = List.copyOf(rows);
    }

    /** The history of the given weighings (findings with a weight), under the clinic's thresholds. */
    public static WeightHistory of(Infant infant, List<InfantFindings> weighed, WeightThresholds thresholds) {
        return of(infant, weighed, List.of(), thresholds);
    }

    /** The history of the clinic's weighings and the weights imported from referrals, under the clinic's thresholds. */
    public static WeightHistory of(
            Infant infant, List<InfantFindings> weighed, List<ImportedWeight> imported, WeightThresholds thresholds) {
        Map<WeightTrajectory.Weighing, InfantFindings> source = new IdentityHashMap<>();
        Map<WeightTrajectory.Weighing, ImportedWeight> importedSource = new IdentityHashMap<>();
        List<WeightTrajectory.Weighing> weighings = new ArrayList<>();
        for (InfantFindings findings : weighed) {
            WeightTrajectory.Weighing weighing =
                    new WeightTrajectory.Weighing(findings.getWeighedAt(), findings.getWeightGrams());
            source.put(weighing, findings);
            weighings.add(weighing);
        }
        for (ImportedWeight weight : imported) {
            WeightTrajectory.Weighing weighing = weighingOf(infant, weight);
            importedSource.put(weighing, weight);
            weighings.add(weighing);
        }
        weighings.sort(java.util.Comparator.comparing(WeightTrajectory.Weighing::weighedAt));
        WhoWeightForAge who = WhoWeightForAge.standard();
        List<Row> rows = new ArrayList<>();
        for (WeightTrajectory.Point point : WeightTrajectory.of(
                        infant.getBirthWeightGrams(), infant.getBirthDateTime(), weighings, thresholds)
                .points()) {
            GrowthZScore z = who.zScore(infant.getSex(), point.dayOfLife(), point.weightGrams())
                    .orElse(null);
            rows.add(new Row(source.get(point.weighing()), importedSource.get(point.weighing()), point, z));
        }
        return new WeightHistory(infant, rows);
    }

    /**
     * An imported weight on the trajectory. The sender gave its date only; the day of life (what the thresholds of
     * section 2 use) is the same at any hour of it, so it is placed at noon, or at the birth when she was born later
     * that day. This placing is for the computation only: the stored weight keeps its date alone.
     */
    static WeightTrajectory.Weighing weighingOf(Infant infant, ImportedWeight weight) {
        LocalDateTime noon = weight.getWeighedOn().atTime(LocalTime.NOON);
        LocalDateTime at = noon.isBefore(infant.getBirthDateTime()) ? infant.getBirthDateTime() : noon;
        return new WeightTrajectory.Weighing(at, weight.getWeightGrams());
    }

    /** WHO weight-for-age of the birth weight (day 0). */
    public GrowthZScore birthZScore() {
        return WhoWeightForAge.standard()
                .zScore(infant.getSex(), 0, infant.getBirthWeightGrams())
                .orElse(null);
    }
}
