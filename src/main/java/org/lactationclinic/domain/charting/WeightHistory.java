package org.lactationclinic.domain.charting;

import org.lactationclinic.domain.dyad.Infant;
import org.lactationclinic.domain.growth.GrowthZScore;
import org.lactationclinic.domain.growth.WhoWeightForAge;
import org.lactationclinic.domain.weight.WeightThresholds;
import org.lactationclinic.domain.weight.WeightTrajectory;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every weight recorded for an infant, each with where it stands: the trajectory values and flags of
 * clinical-reference.md section 2 ({@link WeightTrajectory}) and the WHO weight-for-age z-score and
 * percentile for the infant's sex and age in days ({@link WhoWeightForAge}).
 *
 * @param rows in time order
 */
public record WeightHistory(Infant infant, List<Row> rows) {

    /**
     * One weighing.
     *
     * @param findings the consultation findings that recorded it
     * @param point    % change, gain since the lowest weight, projected regain and flags
     * @param zScore   WHO weight-for-age, or null beyond the standard's 1856 days
     */
    public record Row(InfantFindings findings, WeightTrajectory.Point point, GrowthZScore zScore) {
    }

    public WeightHistory {
        rows = List.copyOf(rows);
    }

    /** The history of the given weighings (findings with a weight), under the clinic's thresholds. */
    public static WeightHistory of(Infant infant, List<InfantFindings> weighed, WeightThresholds thresholds) {
        Map<WeightTrajectory.Weighing, InfantFindings> source = new IdentityHashMap<>();
        List<WeightTrajectory.Weighing> weighings = new ArrayList<>();
        for (InfantFindings findings : weighed) {
            WeightTrajectory.Weighing weighing = new WeightTrajectory.Weighing(findings.getWeighedAt(), findings.getWeightGrams());
            source.put(weighing, findings);
            weighings.add(weighing);
        }
        WhoWeightForAge who = WhoWeightForAge.standard();
        List<Row> rows = new ArrayList<>();
        for (WeightTrajectory.Point point : WeightTrajectory.of(infant.getBirthWeightGrams(), infant.getBirthDateTime(),
                weighings, thresholds).points()) {
            GrowthZScore z = who.zScore(infant.getSex(), point.dayOfLife(), point.weightGrams()).orElse(null);
            rows.add(new Row(source.get(point.weighing()), point, z));
        }
        return new WeightHistory(infant, rows);
    }

    /** WHO weight-for-age of the birth weight (day 0). */
    public GrowthZScore birthZScore() {
        return WhoWeightForAge.standard().zScore(infant.getSex(), 0, infant.getBirthWeightGrams()).orElse(null);
    }
}
