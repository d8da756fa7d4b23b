package org.lactationclinic.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lactationclinic.application.FamilyProgressService.VisitScores;
import org.lactationclinic.domain.dyad.SexType;
import org.lactationclinic.domain.pumping.PumpingLog.DailyTotal;
import org.lactationclinic.web.admin.reports.ReportChart;
import org.lactationclinic.web.dyad.DailyTotalsChart;
import org.lactationclinic.web.dyad.GrowthChart;
import org.lactationclinic.web.dyad.VisitScoresChart;

/**
 * Pins the whole Chart.js configuration of every chart of the application, as each wrote it before the frame they share
 * moved into {@link ChartJson#chart}: the same keys, values and number forms (the files under {@code charts/}; compared
 * as JSON, so the order of an object's keys is free, as it is to Chart.js).
 */
class ChartFramesTest {

    private static final String HOSTILE = "O'Brien </script> & \u2028";

    @Test
    void growthChart_shouldWriteTheSameConfiguration() {
        assertSameAs("growth.json", growth());
    }

    @Test
    void dailyTotalsChart_shouldWriteTheSameConfiguration() {
        assertSameAs("daily-totals.json", dailyTotals());
    }

    @Test
    void visitScoresChart_shouldWriteTheSameConfiguration() {
        assertSameAs("visit-scores.json", visitScores());
    }

    @Test
    void reportChart_shouldWriteTheSameConfigurationUprightAndLyingDown() {
        assertSameAs("report-stacked-upright.json", report(true, false, "Visits"));
        assertSameAs("report-side-by-side-lying.json", report(false, true, "Count"));
    }

    static String growth() {
        return GrowthChart.weightForAgeJson(
                        SexType.FEMALE,
                        List.of(
                                new GrowthChart.Point(0, 3200, true),
                                new GrowthChart.Point(5, 3050, false),
                                new GrowthChart.Point(40, 4300, false),
                                new GrowthChart.Point(250, 8100, false)),
                        new GrowthChart.Labels(
                                "Age (weeks)",
                                "Age (months)",
                                "Weight (kg)",
                                "3rd",
                                "15th",
                                "50th",
                                "85th",
                                "97th",
                                "Weights " + HOSTILE,
                                "Birth weight"))
                .orElseThrow();
    }

    static String dailyTotals() {
        return DailyTotalsChart.json(
                List.of(
                        new DailyTotal(LocalDate.of(2026, 12, 1), 420, 6),
                        new DailyTotal(LocalDate.of(2026, 12, 2), 515, 7),
                        new DailyTotal(LocalDate.of(2026, 12, 4), 0, 1)),
                450,
                750,
                new DailyTotalsChart.Labels("Per day " + HOSTILE, "Low", "Full", "ml a day"));
    }

    static String visitScores() {
        return VisitScoresChart.json(
                        List.of(
                                new VisitScores(
                                        LocalDate.of(2026, 11, 2), Optional.of(6), Optional.of(7), Optional.empty()),
                                new VisitScores(
                                        LocalDate.of(2026, 11, 9), Optional.empty(), Optional.of(3), Optional.of(11)),
                                new VisitScores(
                                        LocalDate.of(2026, 11, 16), Optional.of(9), Optional.of(1), Optional.of(8))),
                        new VisitScoresChart.Labels("LATCH " + HOSTILE, "Pain", "EPDS", "Score", "EPDS total"))
                .orElseThrow();
    }

    static String report(boolean stacked, boolean horizontal, String axisTitle) {
        List<String> categories = List.of("Ana " + HOSTILE, "Grace", "Nobody");
        List<ReportChart.Series> series = List.of(
                new ReportChart.Series("Initial", Arrays.asList(3, null, 0)),
                new ReportChart.Series("Follow-up", List.of(2.5, 1, 7L)));
        return ReportChart.bars(categories, series, stacked, horizontal, axisTitle);
    }

    private static void assertSameAs(String file, String json) {
        assertEquals(parse(read(file)), parse(json), file);
    }

    private static JsonValue parse(String json) {
        return Json.createReader(new StringReader(json)).readValue();
    }

    private static String read(String file) {
        try (InputStream in = ChartFramesTest.class.getResourceAsStream("charts/" + file)) {
            if (in == null) {
                throw new AssertionError("no charts/" + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
