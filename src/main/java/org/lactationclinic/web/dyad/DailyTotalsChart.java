package org.lactationclinic.web.dyad;

import jakarta.json.JsonObjectBuilder;
import java.util.Collections;
import java.util.List;
import org.lactationclinic.domain.pumping.PumpingLog;
import org.lactationclinic.web.ChartJson;

/**
 * The Chart.js configuration for a pumping log's daily totals, for {@code <p:chart>}: one bar per logged day, with the
 * low and full band lines drawn across, so the trend after a plan change (power pumping, a flange change) reads at a
 * glance. Labels come from the bundle; built with JSON-P and written safe for the page by {@link ChartJson#forScript}.
 */
public final class DailyTotalsChart {

    private static final String BAR_COLOUR = "#2f6f73";
    private static final String LOW_COLOUR = "#a4262c";
    private static final String FULL_COLOUR = "#2e7d32";

    /** The texts the chart shows, from the bundle. */
    public record Labels(String perDay, String lowLine, String fullLine, String axis) {}

    private DailyTotalsChart() {}

    public static String json(List<PumpingLog.DailyTotal> days, int lowBelowMl, int fullAtOrAboveMl, Labels labels) {
        List<String> dates = days.stream().map(d -> d.date().toString()).toList();
        JsonObjectBuilder perDay = ChartJson.object()
                .add("label", labels.perDay())
                .add("backgroundColor", BAR_COLOUR)
                .add(
                        "data",
                        ChartJson.numbers(days.stream()
                                .map(PumpingLog.DailyTotal::totalMl)
                                .toList()));
        return ChartJson.chart(
                "bar",
                ChartJson.data(
                        dates,
                        ChartJson.array()
                                .add(line(labels.lowLine(), lowBelowMl, days.size(), LOW_COLOUR))
                                .add(line(labels.fullLine(), fullAtOrAboveMl, days.size(), FULL_COLOUR))
                                .add(perDay)),
                ChartJson.object().add("scales", ChartJson.object().add("y", ChartJson.fromZero(labels.axis()))));
    }

    private static JsonObjectBuilder line(String label, int ml, int days, String colour) {
        return ChartJson.object()
                .add("type", "line")
                .add("label", label)
                .add("borderColor", colour)
                .add("borderDash", ChartJson.array().add(6).add(4))
                .add("borderWidth", ChartJson.number(1.5, 1))
                .add("pointRadius", 0)
                .add("fill", false)
                .add("data", ChartJson.numbers(Collections.nCopies(days, ml)));
    }
}
