package org.lactationclinic.web.dyad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lactationclinic.domain.dyad.SexType;
import org.lactationclinic.domain.growth.WhoWeightForAge;
import org.lactationclinic.web.dyad.GrowthChart.Labels;
import org.lactationclinic.web.dyad.GrowthChart.Point;
import org.openqa.selenium.json.Json;

/**
 * The Chart.js configuration of the weight-for-age chart, parsed back with an independent JSON parser (Selenium's, on
 * the test classpath already).
 */
class GrowthChartTest {

    private static final Labels LABELS = new Labels(
            "Age (weeks)",
            "Age (months)",
            "Weight (kg)",
            "3rd",
            "15th",
            "50th",
            "85th",
            "97th",
            "Weights",
            "Birth weight");

    private static final List<String> DATASET_ORDER =
            List.of("Birth weight", "Weights", "97th", "85th", "50th", "15th", "3rd");

    private static final List<Point> NEWBORN =
            List.of(new Point(5, 3300, false), new Point(0, 3500, true), new Point(12, 3650, false));

    @Test
    void weightForAgeJson_shouldParseWithFiveCurvesTheWeightsAndTheBirthWeight() {
        Map<String, Object> config = parse(chart(SexType.MALE, NEWBORN));

        assertEquals("line", config.get("type"));
        List<Map<String, Object>> datasets = datasets(config);
        assertEquals(DATASET_ORDER, datasets.stream().map(d -> d.get("label")).toList());
        for (Map<String, Object> curve : datasets.subList(2, 7)) {
            assertEquals(0.0, number(curve.get("pointRadius")), curve.get("label") + " has no points");
            assertEquals(GrowthChart.DEFAULT_LAST_DAY + 1, data(curve).size(), "sampled every day to 6 months");
        }
        assertTrue(
                number(datasets.get(4).get("borderWidth"))
                        > number(datasets.get(2).get("borderWidth")),
                "the 50th is stronger than the other curves");

        Map<String, Object> options = map(config.get("options"));
        assertEquals(false, options.get("animation"));
        assertEquals(false, options.get("maintainAspectRatio"));
        assertEquals(true, options.get("responsive"));
    }

    @Test
    void weightForAgeJson_shouldDrawTheWeightsInAgeOrderAndMarkTheBirthWeight() {
        List<Map<String, Object>> datasets = datasets(parse(chart(SexType.FEMALE, NEWBORN)));

        Map<String, Object> birth = datasets.get(0);
        assertEquals("triangle", birth.get("pointStyle"));
        assertEquals(false, birth.get("showLine"));
        assertEquals(List.of(List.of(0.0, 3.5)), xy(birth));

        Map<String, Object> weights = datasets.get(1);
        assertEquals(
                List.of(List.of(0.0, 3.5), List.of(0.714, 3.3), List.of(1.714, 3.65)),
                xy(weights),
                "x in weeks (3 decimals), y in kg, sorted by age");
        assertEquals(
                List.of(0L, 4L, 4L),
                weights.get("pointRadius"),
                "the birth weight shows as its triangle, not as a circle under it");
    }

    @Test
    void weightForAgeJson_shouldStartTheBoysMedianAtWhosBirthWeight() {
        List<Map<String, Object>> datasets = datasets(parse(chart(SexType.MALE, List.of())));

        List<List<Double>> median = xy(datasets.get(4));
        assertEquals(List.of(0.0, 3.346), median.get(0), "WHO boys' P50 at birth: 3.3464 kg");
        assertEquals(3.3464, median.get(0).get(1), 0.0005);
        assertEquals(
                List.of(0.0, 3.232),
                xy(datasets(parse(chart(SexType.FEMALE, List.of()))).get(4)).get(0),
                "WHO girls' P50 at birth: 3.2322 kg");
        double p3 = xy(datasets.get(6)).get(0).get(1);
        double p97 = xy(datasets.get(2)).get(0).get(1);
        assertTrue(p3 < 3.346 && 3.346 < p97);
        assertEquals(
                WhoWeightForAge.standard().percentileCurveKg(SexType.MALE, 97, 183)[183],
                xy(datasets.get(2)).getLast().get(1),
                0.0005,
                "the curves reach the axis end");
    }

    @Test
    void weightForAgeJson_shouldDrawEachBabysCurvesForHerOwnSexAndAxis_whenTheCurvesAreReused() {
        List<Point> olderBoy = List.of(new Point(0, 3400, true), new Point(400, 10200, false));

        List<Map<String, Object>> girl = datasets(parse(chart(SexType.FEMALE, NEWBORN)));
        List<Map<String, Object>> boy = datasets(parse(chart(SexType.MALE, NEWBORN)));
        List<Map<String, Object>> older = datasets(parse(chart(SexType.MALE, olderBoy)));
        List<Map<String, Object>> girlAgain = datasets(parse(chart(SexType.FEMALE, List.of())));

        assertEquals(girl.subList(2, 7), girlAgain.subList(2, 7), "the same curves for another girl on the same axis");
        assertNotEquals(girl.subList(2, 7), boy.subList(2, 7), "boys' curves are their own");
        assertEquals(
                WhoWeightForAge.standard()
                        .percentileCurveKg(SexType.MALE, 50, GrowthChart.lastDay(olderBoy))[
                        GrowthChart.lastDay(olderBoy)],
                xy(older.get(4)).getLast().get(1),
                0.001, // drawn to 3 decimals
                "an older baby's curves run to his own axis end, not the 6 months of the charts before");
    }

    @Test
    void weightForAgeJson_shouldDrawAgain_whenAWeightOrALegendChanges() {
        String first = chart(SexType.FEMALE, NEWBORN);
        assertSame(first, chart(SexType.FEMALE, List.copyOf(NEWBORN)), "the same weights: the chart already drawn");

        List<Point> corrected =
                List.of(new Point(5, 3300, false), new Point(0, 3500, true), new Point(12, 3700, false));
        String redrawn = chart(SexType.FEMALE, corrected);
        assertEquals(3.7, xy(datasets(parse(redrawn)).get(1)).getLast().get(1), 0.0001, "the corrected weight");
        assertEquals(3.65, xy(datasets(parse(first)).get(1)).getLast().get(1), 0.0001, "the first chart unchanged");
        assertNotEquals(first, chart(SexType.MALE, NEWBORN), "another sex, another chart");

        Labels french = new Labels(
                "Âge (semaines)", "Âge (mois)", "Poids (kg)", "3e", "15e", "50e", "85e", "97e", "Poids", "Naissance");
        String inFrench =
                GrowthChart.weightForAgeJson(SexType.FEMALE, NEWBORN, french).orElseThrow();
        Map<String, Object> y =
                map(map(map(parse(inFrench).get("options")).get("scales")).get("y"));
        assertEquals("Poids (kg)", map(y.get("title")).get("text"), "the legends of the chart asked for");
    }

    @Test
    void lastDay_shouldBeSixMonthsForAYoungInfant() {
        assertEquals(183, GrowthChart.lastDay(List.of()));
        assertEquals(183, GrowthChart.lastDay(NEWBORN));
        assertEquals(183, GrowthChart.lastDay(List.of(new Point(183, 7900, false))));

        Map<String, Object> x = xScale(parse(chart(SexType.MALE, NEWBORN)));
        assertEquals(26.143, number(x.get("max")), "183 days in weeks");
        assertEquals(0.0, number(x.get("min")));
        assertEquals("linear", x.get("type"));
        assertEquals("Age (weeks)", map(x.get("title")).get("text"));
    }

    @Test
    void lastDay_shouldExtendToTheNextWholeMonthOfAnOlderInfant() {
        // 274 days = 9.0 months: the axis runs to 10 months = 304.375 days, rounded up.
        List<Point> nineMonths = List.of(new Point(0, 3400, true), new Point(274, 8600, false));
        assertEquals(305, GrowthChart.lastDay(nineMonths));
        assertEquals(214, GrowthChart.lastDay(List.of(new Point(184, 7900, false))), "6.05 months -> 7");

        Map<String, Object> config = parse(chart(SexType.FEMALE, nineMonths));
        Map<String, Object> x = xScale(config);
        assertEquals(10.0, number(x.get("max")));
        assertEquals("Age (months)", map(x.get("title")).get("text"));
        List<List<Double>> median = xy(datasets(config).get(4));
        assertEquals(10.021, median.getLast().get(0), "the curve reaches day 305");
        assertEquals(List.of(9.002, 8.6), xy(datasets(config).get(1)).getLast(), "x in months");
    }

    @Test
    void lastDay_shouldStopAtWhosLastDay() {
        assertEquals(WhoWeightForAge.LAST_DAY, GrowthChart.lastDay(List.of(new Point(1850, 18000, false))));
        assertEquals(WhoWeightForAge.LAST_DAY, GrowthChart.lastDay(List.of(new Point(2400, 20000, false))));
        assertEquals(1827, GrowthChart.lastDay(List.of(new Point(1826, 18000, false))), "59.99 months -> 60");

        List<Point> older =
                List.of(new Point(0, 3400, true), new Point(1800, 18000, false), new Point(2400, 20000, false));
        String json = chart(SexType.MALE, older);
        Map<String, Object> config = parse(json);
        assertEquals(60.977, number(xScale(config).get("max")), "1856 days in months");
        assertEquals(2, data(datasets(config).get(1)).size(), "a weight past WHO's table is not drawn");
        for (Map<String, Object> curve : datasets(config).subList(2, 7)) {
            List<List<Double>> points = xy(curve);
            assertTrue(points.size() <= GrowthChart.MAX_CURVE_SAMPLES + 1, "sampled coarser: " + points.size());
            assertEquals(60.977, points.getLast().get(0), "the curve ends at day 1856");
        }
        assertTrue(json.getBytes(StandardCharsets.UTF_8).length < 60_000, "JSON size " + json.length());
    }

    @Test
    void weightForAgeJson_shouldEscapeLabelsForJsonAndForTheScriptElement() {
        String hostile = "He said \"hi\" </script><script>alert('x')</script> & \\ back\nline \u2028 \uD83D\uDC76";
        Labels labels = new Labels(hostile, "m", hostile, "3", "15", "50", "85", "97", hostile, "b");

        String json =
                GrowthChart.weightForAgeJson(SexType.MALE, NEWBORN, labels).orElseThrow();

        assertFalse(json.contains("<"), "no '<' at all, so no </script> and no <!--");
        assertFalse(json.contains(">"));
        assertFalse(json.contains("'"));
        assertFalse(json.contains("\n"));
        assertFalse(json.contains("\u2028"));
        Map<String, Object> config = parse(json);
        assertEquals(hostile, map(xScale(config).get("title")).get("text"), "the label survives the round trip");
        assertEquals(hostile, datasets(config).get(1).get("label"));
    }

    @Test
    void weightForAgeJson_shouldFormatNumbersTheSameInEveryLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            String german = chart(SexType.MALE, NEWBORN);
            Locale.setDefault(Locale.ROOT);
            assertEquals(chart(SexType.MALE, NEWBORN), german);
            assertTrue(german.contains("{\"x\":0,\"y\":3.5}"), "decimal point, no trailing zeros");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void weightForAgeJson_shouldBeEmptyWithoutASex() {
        assertTrue(GrowthChart.weightForAgeJson(null, NEWBORN, LABELS).isEmpty());
    }

    @Test
    void point_shouldRefuseANegativeAgeOrANonPositiveWeight() {
        assertThrows(IllegalArgumentException.class, () -> new Point(-1, 3000, false));
        assertThrows(IllegalArgumentException.class, () -> new Point(3, 0, false));
        assertThrows(
                NullPointerException.class,
                () -> new Labels("w", "m", "kg", "3", "15", "50", "85", "97", "Weights", null));
    }

    private static String chart(SexType sex, List<Point> points) {
        return GrowthChart.weightForAgeJson(sex, points, LABELS).orElseThrow();
    }

    private static Map<String, Object> parse(String json) {
        return new Json().toType(json, Json.MAP_TYPE);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> datasets(Map<String, Object> config) {
        return (List<Map<String, Object>>) map(config.get("data")).get("datasets");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> data(Map<String, Object> dataset) {
        return (List<Map<String, Object>>) dataset.get("data");
    }

    private static Map<String, Object> xScale(Map<String, Object> config) {
        return map(map(map(config.get("options")).get("scales")).get("x"));
    }

    /** The dataset's points as [x, y] pairs of doubles. */
    private static List<List<Double>> xy(Map<String, Object> dataset) {
        return data(dataset).stream()
                .map(p -> List.of(number(p.get("x")), number(p.get("y"))))
                .toList();
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }
}
