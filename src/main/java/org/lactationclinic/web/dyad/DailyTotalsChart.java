package org.lactationclinic.web.dyad;

import org.lactationclinic.domain.pumping.PumpingLog;

import java.util.List;

/**
 * The Chart.js configuration for a pumping log's daily totals, for {@code <p:chart>}: one bar per logged day,
 * with the low and full band lines drawn across, so the trend after a plan change (power pumping, a flange
 * change) reads at a glance. Labels come from the bundle; text is escaped by {@link GrowthChart#appendString}.
 */
public final class DailyTotalsChart {

    private static final String BAR_COLOUR = "#2f6f73";
    private static final String LOW_COLOUR = "#a4262c";
    private static final String FULL_COLOUR = "#2e7d32";

    /** The texts the chart shows, from the bundle. */
    public record Labels(String perDay, String lowLine, String fullLine, String axis) {
    }

    private DailyTotalsChart() {
    }

    public static String json(List<PumpingLog.DailyTotal> days, int lowBelowMl, int fullAtOrAboveMl, Labels labels) {
        StringBuilder json = new StringBuilder("{\"type\":\"bar\",\"data\":{\"labels\":[");
        for (int i = 0; i < days.size(); i++) {
            json.append(i == 0 ? "" : ",");
            GrowthChart.appendString(json, days.get(i).date().toString());
        }
        json.append("],\"datasets\":[");
        appendLine(json, labels.lowLine(), lowBelowMl, days.size(), LOW_COLOUR);
        json.append(',');
        appendLine(json, labels.fullLine(), fullAtOrAboveMl, days.size(), FULL_COLOUR);
        json.append(",{\"label\":");
        GrowthChart.appendString(json, labels.perDay());
        json.append(",\"backgroundColor\":\"").append(BAR_COLOUR).append("\",\"data\":[");
        for (int i = 0; i < days.size(); i++) {
            json.append(i == 0 ? "" : ",").append(days.get(i).totalMl());
        }
        json.append("]}]},\"options\":{\"animation\":false,\"responsive\":true,\"maintainAspectRatio\":false,")
                .append("\"scales\":{\"y\":{\"beginAtZero\":true,\"title\":{\"display\":true,\"text\":");
        GrowthChart.appendString(json, labels.axis());
        return json.append("}}}}}").toString();
    }

    private static void appendLine(StringBuilder json, String label, int ml, int days, String colour) {
        json.append("{\"type\":\"line\",\"label\":");
        GrowthChart.appendString(json, label);
        json.append(",\"borderColor\":\"").append(colour).append("\",\"borderDash\":[6,4],\"borderWidth\":1.5,")
                .append("\"pointRadius\":0,\"fill\":false,\"data\":[");
        for (int i = 0; i < days; i++) {
            json.append(i == 0 ? "" : ",").append(ml);
        }
        json.append("]}");
    }
}
