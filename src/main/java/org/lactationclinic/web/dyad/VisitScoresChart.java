package org.lactationclinic.web.dyad;

import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.lactationclinic.application.FamilyProgressService.VisitScores;
import org.lactationclinic.web.ChartJson;

/**
 * The Chart.js configuration for the family page's scores across visits (issue 13, "Progress across visits"), for
 * {@code <p:chart>}: the lowest LATCH and the highest nipple pain of each visit on the 0-10 axis, the EPDS total on its
 * own 0-30 axis, one point per visit; a visit that did not record a score leaves a gap, never a zero.
 */
public final class VisitScoresChart {

    private static final String LATCH_COLOUR = "#2f6f73";
    private static final String PAIN_COLOUR = "#a4262c";
    private static final String EPDS_COLOUR = "#4b2c83";

    public record Labels(String latch, String pain, String epds, String scoreAxis, String epdsAxis) {}

    private VisitScoresChart() {}

    /** The chart, or empty when no visit recorded any of the three scores. */
    public static Optional<String> json(List<VisitScores> visits, Labels labels) {
        boolean any = visits.stream()
                .anyMatch(v -> v.lowestLatch().isPresent()
                        || v.highestPain().isPresent()
                        || v.epds().isPresent());
        if (!any) {
            return Optional.empty();
        }
        JsonObjectBuilder scales = ChartJson.object()
                .add(
                        "y",
                        ChartJson.object()
                                .add("min", 0)
                                .add("max", 10)
                                .add("position", "left")
                                .add("title", ChartJson.title(labels.scoreAxis())))
                .add(
                        "y1",
                        ChartJson.object()
                                .add("min", 0)
                                .add("max", 30)
                                .add("position", "right")
                                .add("grid", ChartJson.object().add("drawOnChartArea", false))
                                .add("title", ChartJson.title(labels.epdsAxis())));
        return Optional.of(ChartJson.chart(
                "line",
                ChartJson.data(
                        visits.stream().map(v -> v.date().toString()).toList(),
                        ChartJson.array()
                                .add(series(labels.latch(), LATCH_COLOUR, "y", visits, VisitScores::lowestLatch))
                                .add(series(labels.pain(), PAIN_COLOUR, "y", visits, VisitScores::highestPain))
                                .add(series(labels.epds(), EPDS_COLOUR, "y1", visits, VisitScores::epds))),
                ChartJson.object().add("spanGaps", true).add("scales", scales)));
    }

    private static JsonObjectBuilder series(
            String label,
            String colour,
            String axis,
            List<VisitScores> visits,
            Function<VisitScores, Optional<Integer>> value) {
        return ChartJson.object()
                .add("label", label)
                .add("borderColor", colour)
                .add("backgroundColor", colour)
                .add("yAxisID", axis)
                .add("pointRadius", 4)
                .add("fill", false)
                .add(
                        "data",
                        ChartJson.numbers(visits.stream()
                                .map(v -> value.apply(v).orElse(null))
                                .toList()));
    }
}
