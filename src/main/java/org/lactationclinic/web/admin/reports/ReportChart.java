package org.lactationclinic.web.admin.reports;

import org.lactationclinic.web.dyad.GrowthChart;

import java.util.List;

/**
 * Chart.js configurations for the report pages' {@code <p:chart>}: a bar chart of one or more series over
 * labelled categories, stacked or side by side. Texts are escaped by {@link GrowthChart#appendString}, so a
 * consultant's name or a label cannot break out of the JSON or into the page.
 */
public final class ReportChart {

    private static final List<String> COLOURS = List.of("#2f6f73", "#e0a526", "#a4262c", "#9aa5a8", "#5b7fb5", "#7a5c99");

    /** One series of bars. */
    public record Series(String label, List<? extends Number> values) {
    }

    private ReportChart() {
    }

    /**
     * @param horizontal bars along the x axis (long category names read better)
     * @param axisTitle  the value axis' title
     */
    public static String bars(List<String> categories, List<Series> series, boolean stacked, boolean horizontal, String axisTitle) {
        StringBuilder json = new StringBuilder("{\"type\":\"bar\",\"data\":{\"labels\":[");
        for (int i = 0; i < categories.size(); i++) {
            json.append(i == 0 ? "" : ",");
            GrowthChart.appendString(json, categories.get(i));
        }
        json.append("],\"datasets\":[");
        for (int s = 0; s < series.size(); s++) {
            json.append(s == 0 ? "" : ",").append("{\"label\":");
            GrowthChart.appendString(json, series.get(s).label());
            json.append(",\"backgroundColor\":\"").append(COLOURS.get(s % COLOURS.size())).append("\",\"data\":[");
            List<? extends Number> values = series.get(s).values();
            for (int i = 0; i < values.size(); i++) {
                json.append(i == 0 ? "" : ",").append(values.get(i) == null ? "null" : values.get(i).toString());
            }
            json.append("]}");
        }
        String valueAxis = horizontal ? "x" : "y";
        String categoryAxis = horizontal ? "y" : "x";
        json.append("]},\"options\":{\"animation\":false,\"responsive\":true,\"maintainAspectRatio\":false,");
        if (horizontal) {
            json.append("\"indexAxis\":\"y\",");
        }
        json.append("\"scales\":{\"").append(categoryAxis).append("\":{\"stacked\":").append(stacked).append("},\"")
                .append(valueAxis).append("\":{\"stacked\":").append(stacked).append(",\"beginAtZero\":true,\"title\":{\"display\":true,\"text\":");
        GrowthChart.appendString(json, axisTitle);
        return json.append("}}}}}").toString();
    }
}
