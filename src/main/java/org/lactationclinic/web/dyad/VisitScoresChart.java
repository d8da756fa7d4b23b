package org.lactationclinic.web.dyad;

import org.lactationclinic.application.FamilyProgressService.VisitScores;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The Chart.js configuration for the family page's scores across visits (issue 13, "Progress across visits"), for
 * {@code <p:chart>}: the lowest LATCH and the highest nipple pain of each visit on the 0-10 axis, the EPDS total on its
 * own 0-30 axis, one point per visit; a visit that did not record a score leaves a gap, never a zero.
 */
public final class VisitScoresChart {

    private static final String LATCH_COLOUR = "#2f6f73";
    private static final String PAIN_COLOUR = "#a4262c";
    private static final String EPDS_COLOUR = "#4b2c83";

    public record Labels(String latch, String pain, String epds, String scoreAxis, String epdsAxis) {
    }

    private VisitScoresChart() {
    }

    /** The chart, or empty when no visit recorded any of the three scores. */
    public static Optional<String> json(List<VisitScores> visits, Labels labels) {
        boolean any = visits.stream().anyMatch(v -> v.lowestLatch().isPresent() || v.highestPain().isPresent() || v.epds().isPresent());
        if (!any) {
            return Optional.empty();
        }
        StringBuilder json = new StringBuilder("{\"type\":\"line\",\"data\":{\"labels\":[");
        for (int i = 0; i < visits.size(); i++) {
            json.append(i == 0 ? "" : ",");
            GrowthChart.appendString(json, visits.get(i).date().toString());
        }
        json.append("],\"datasets\":[");
        appendSeries(json, labels.latch(), LATCH_COLOUR, "y", visits, VisitScores::lowestLatch);
        json.append(',');
        appendSeries(json, labels.pain(), PAIN_COLOUR, "y", visits, VisitScores::highestPain);
        json.append(',');
        appendSeries(json, labels.epds(), EPDS_COLOUR, "y1", visits, VisitScores::epds);
        json.append("]},\"options\":{\"animation\":false,\"responsive\":true,\"maintainAspectRatio\":false,\"spanGaps\":true,")
                .append("\"scales\":{\"y\":{\"min\":0,\"max\":10,\"position\":\"left\",\"title\":{\"display\":true,\"text\":");
        GrowthChart.appendString(json, labels.scoreAxis());
        json.append("}},\"y1\":{\"min\":0,\"max\":30,\"position\":\"right\",\"grid\":{\"drawOnChartArea\":false},\"title\":{\"display\":true,\"text\":");
        GrowthChart.appendString(json, labels.epdsAxis());
        return Optional.of(json.append("}}}}}").toString());
    }

    private static void appendSeries(StringBuilder json, String label, String colour, String axis, List<VisitScores> visits,
                                     Function<VisitScores, Optional<Integer>> value) {
        json.append("{\"label\":");
        GrowthChart.appendString(json, label);
        json.append(",\"borderColor\":\"").append(colour).append("\",\"backgroundColor\":\"").append(colour)
                .append("\",\"yAxisID\":\"").append(axis).append("\",\"pointRadius\":4,\"fill\":false,\"data\":[");
        for (int i = 0; i < visits.size(); i++) {
            json.append(i == 0 ? "" : ",").append(value.apply(visits.get(i)).map(String::valueOf).orElse("null"));
        }
        json.append("]}");
    }
}
