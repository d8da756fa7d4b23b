package org.lactationclinic.web.admin.reports;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.lactationclinic.web.ChartJson;

/**
 * Chart.js configurations for the report pages' {@code <p:chart>}: a bar chart of one or more series over labelled
 * categories, stacked or side by side. Built with JSON-P and written by {@link ChartJson#forScript}, so a consultant's
 * name or a label cannot break out of the JSON or into the page.
 */
public final class ReportChart {

    private static final List<String> COLOURS =
            List.of("#2f6f73", "#e0a526", "#a4262c", "#9aa5a8", "#5b7fb5", "#7a5c99");

    /** One series of bars. */
    public record Series(String label, List<? extends Number> values) {}

    private ReportChart() {}

    /**
     * @param horizontal bars along the x axis (long category names read better)
     * @param axisTitle the value axis' title
     */
    public static String bars(
            List<String> categories, List<Series> series, boolean stacked, boolean horizontal, String axisTitle) {
        JsonArrayBuilder datasets = ChartJson.array();
        for (int s = 0; s < series.size(); s++) {
            datasets.add(ChartJson.object()
                    .add("label", series.get(s).label())
                    .add("backgroundColor", COLOURS.get(s % COLOURS.size()))
                    .add("data", ChartJson.numbers(series.get(s).values())));
        }
        String valueAxis = horizontal ? "x" : "y";
        String categoryAxis = horizontal ? "y" : "x";
        JsonObjectBuilder options = ChartJson.object();
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        options.add(
                "scales",
                ChartJson.object()
                        .add(categoryAxis, ChartJson.object().add("stacked", stacked))
                        .add(
                                valueAxis,
                                ChartJson.object().add("stacked", stacked).addAll(ChartJson.fromZero(axisTitle))));
        return ChartJson.chart("bar", ChartJson.data(categories, datasets), options);
    }
}
