package org.lactationclinic.web.dyad;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.lactationclinic.domain.dyad.SexType;
import org.lactationclinic.domain.growth.WhoWeightForAge;
import org.lactationclinic.web.ChartJson;

/**
 * The WHO weight-for-age growth chart of an infant's page, as the Chart.js 4 configuration that PrimeFaces 15's
 * {@code <p:chart value="...">} takes (PrimeFaces 15 has no Java chart model any more: the component passes the string
 * to {@code new Chart(canvas, config)} as a JavaScript object literal inside an inline script).
 *
 * <p>The chart: WHO's 3rd, 15th, 50th, 85th and 97th percentile curves of the infant's sex as thin lines without points
 * (the median a little stronger), the infant's weights as a line with points, and the birth weight as a larger
 * triangle. Weight in kg on the y axis; age on a linear x axis in weeks for the default range of birth to 6 months
 * (0..{@value #DEFAULT_LAST_DAY} days), and in months when the range is extended to the oldest weight, rounded up to
 * the next whole month of {@value #DAYS_PER_MONTH} days and capped at WHO's last day
 * ({@value WhoWeightForAge#LAST_DAY}). Weights past WHO's last day are not drawn. Curves are sampled every day up to
 * {@value #MAX_CURVE_SAMPLES} samples and at a coarser step beyond that, which keeps the JSON near 25 KB for any range.
 *
 * <p>Every text of the chart comes from {@link Labels} (the page reads them from the message bundle). The JSON is built
 * with Jakarta JSON-P and written by {@link ChartJson#forScript}, safe inside an HTML {@code <script>} element. Numbers
 * are rounded to at most 3 decimals; the frame (no animation, responsive, the page's height) is
 * {@link ChartJson#chart}'s.
 */
public final class GrowthChart {

    /** Birth to 6 months: the x axis ends here unless the infant has an older weight. */
    public static final int DEFAULT_LAST_DAY = 183;

    /** WHO's month: 365.25 / 12 days. */
    public static final double DAYS_PER_MONTH = 30.4375;

    /** At most this many samples (plus the last day) per percentile curve. */
    public static final int MAX_CURVE_SAMPLES = 183;

    /** WHO's percentile lines, in the order of {@link Labels#percentileLabels()}. */
    static final double[] PERCENTILES = {3, 15, 50, 85, 97};

    private static final double DAYS_PER_WEEK = 7;
    private static final int AGE_DECIMALS = 3;
    private static final int KG_DECIMALS = 3;

    private static final String INFANT_COLOUR = "#1565c0";
    private static final String BIRTH_WEIGHT_COLOUR = "#0d2f6e";
    /** Outer (3rd, 97th), inner (15th, 85th) and median colours, after WHO's percentile charts. */
    private static final String[] CURVE_COLOURS = {
        "rgba(198,40,40,0.65)",
        "rgba(239,108,0,0.65)",
        "rgba(46,125,50,0.85)",
        "rgba(239,108,0,0.65)",
        "rgba(198,40,40,0.65)"
    };

    private static final double CURVE_WIDTH = 1;
    private static final double MEDIAN_WIDTH = 2;

    private GrowthChart() {}

    /**
     * One weighing of the infant.
     *
     * @param ageInDays completed days of life, birth = day 0
     * @param weightGrams the weight
     * @param birthWeight whether this is the birth weight (drawn as a triangle as well)
     */
    public record Point(long ageInDays, int weightGrams, boolean birthWeight) {
        public Point {
            if (ageInDays < 0) {
                throw new IllegalArgumentException("Age in days cannot be negative: " + ageInDays);
            }
            if (weightGrams <= 0) {
                throw new IllegalArgumentException("Weight must be positive: " + weightGrams + " g");
            }
        }
    }

    /**
     * Every human-readable text of the chart, from the message bundle.
     *
     * @param ageInWeeksAxis x axis title for the 0-6 months range, drawn in weeks, e.g. "Age (weeks)"
     * @param ageInMonthsAxis x axis title for a longer range, drawn in months, e.g. "Age (months)"
     * @param weightAxis y axis title, e.g. "Weight (kg)"
     * @param p3 legend of the 3rd percentile, e.g. "3rd"
     * @param p15 legend of the 15th percentile
     * @param p50 legend of the 50th percentile
     * @param p85 legend of the 85th percentile
     * @param p97 legend of the 97th percentile
     * @param weights legend of the infant's weights, e.g. "Weights"
     * @param birthWeight legend of the birth weight, e.g. "Birth weight"
     */
    public record Labels(
            String ageInWeeksAxis,
            String ageInMonthsAxis,
            String weightAxis,
            String p3,
            String p15,
            String p50,
            String p85,
            String p97,
            String weights,
            String birthWeight) {
        public Labels {
            Objects.requireNonNull(ageInWeeksAxis, "ageInWeeksAxis");
            Objects.requireNonNull(ageInMonthsAxis, "ageInMonthsAxis");
            Objects.requireNonNull(weightAxis, "weightAxis");
            Objects.requireNonNull(p3, "p3");
            Objects.requireNonNull(p15, "p15");
            Objects.requireNonNull(p50, "p50");
            Objects.requireNonNull(p85, "p85");
            Objects.requireNonNull(p97, "p97");
            Objects.requireNonNull(weights, "weights");
            Objects.requireNonNull(birthWeight, "birthWeight");
        }

        /** The percentile legends, 3rd to 97th, matching {@link GrowthChart#PERCENTILES}. */
        List<String> percentileLabels() {
            return List.of(p3, p15, p50, p85, p97);
        }
    }

    /**
     * The Chart.js configuration of the infant's weight-for-age chart.
     *
     * @param sex the infant's sex; {@code null} (not recorded) means there is no WHO curve to draw
     * @param points the infant's weights, in any order (drawn in age order); may be empty
     * @return the JSON for {@code <p:chart value>}, or empty when there is no WHO standard for {@code sex}, in which
     *     case the page shows a note instead of the chart
     */
    public static Optional<String> weightForAgeJson(SexType sex, List<Point> points, Labels labels) {
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(labels, "labels");
        if (sex == null) {
            // SexType has only FEMALE and MALE, each with its WHO standard; the database requires one of them.
            return Optional.empty();
        }
        ChartKey key = new ChartKey(sex, List.copyOf(points), labels);
        String chart = DRAWN.get(key);
        if (chart == null) {
            chart = draw(sex, key.points(), labels);
            DRAWN.put(key, chart);
        }
        return Optional.of(chart);
    }

    /** What a whole chart depends on: the same weights of a baby of the same sex draw the same text. */
    private record ChartKey(SexType sex, List<Point> points, Labels labels) {}

    /** How many charts {@link #DRAWN} keeps: a clinic's babies seen in the last hours, about 25 KB each. */
    private static final int CHARTS_KEPT = 256;

    /**
     * The charts drawn last, the least recently shown dropped first. A chart is the same text until the baby's weights
     * change, and writing it (a thousand numbers of JSON, escaped for the page) was a tenth of the family and infant
     * pages' server time (issue 12's profile). Each view still reads the weights and is audited; only the drawing is
     * kept.
     */
    private static final Map<ChartKey, String> DRAWN =
            Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<ChartKey, String> eldest) {
                    return size() > CHARTS_KEPT;
                }
            });

    private static String draw(SexType sex, List<Point> points, Labels labels) {
        Extent extent = Extent.of(points);
        int lastDay = extent.lastDay();
        double daysPerUnit = extent.inWeeks() ? DAYS_PER_WEEK : DAYS_PER_MONTH;

        List<Point> drawn = points.stream()
                .filter(p -> p.ageInDays() <= lastDay)
                .sorted(Comparator.comparingLong(Point::ageInDays))
                .toList();

        JsonArrayBuilder datasets = ChartJson.array()
                // Chart.js draws the first dataset on top and lists it first in the legend.
                .add(birthWeight(drawn, labels.birthWeight(), daysPerUnit))
                .add(weights(drawn, labels.weights(), daysPerUnit));
        List<String> percentileLabels = labels.percentileLabels();
        for (int i = PERCENTILES.length - 1; i >= 0; i--) {
            datasets.add(percentileCurve(new CurveKey(i, sex, lastDay, daysPerUnit, percentileLabels.get(i))));
        }
        JsonObjectBuilder options = ChartJson.object()
                .add("interaction", ChartJson.object().add("mode", "nearest").add("intersect", true))
                .add(
                        "plugins",
                        ChartJson.object()
                                .add(
                                        "legend",
                                        ChartJson.object()
                                                .add("position", "bottom")
                                                .add(
                                                        "labels",
                                                        ChartJson.object()
                                                                .add("usePointStyle", true)
                                                                .add("boxHeight", 8))))
                .add(
                        "scales",
                        ChartJson.object()
                                .add(
                                        "x",
                                        xScale(
                                                extent,
                                                extent.inWeeks() ? labels.ageInWeeksAxis() : labels.ageInMonthsAxis()))
                                .add(
                                        "y",
                                        ChartJson.object()
                                                .add("type", "linear")
                                                .add("title", ChartJson.title(labels.weightAxis()))
                                                .add(
                                                        "ticks",
                                                        ChartJson.object()
                                                                .add(
                                                                        "format",
                                                                        ChartJson.object()
                                                                                .add("minimumFractionDigits", 0)
                                                                                .add(
                                                                                        "maximumFractionDigits",
                                                                                        KG_DECIMALS)))));
        return ChartJson.chart("line", ChartJson.object().add("datasets", datasets), options);
    }

    /**
     * The last day of the x axis: {@value #DEFAULT_LAST_DAY} (6 months) unless a weight is older, then the oldest
     * weight's age rounded up to the next whole month (in days, rounded up), at most {@value WhoWeightForAge#LAST_DAY}.
     */
    public static int lastDay(List<Point> points) {
        return Extent.of(points).lastDay();
    }

    /**
     * The x axis: its last day, whether it is drawn in weeks (the default 6 months) or months, and its end in that
     * unit.
     */
    private record Extent(int lastDay, boolean inWeeks, double axisMax) {

        static Extent of(List<Point> points) {
            long oldest = points.stream().mapToLong(Point::ageInDays).max().orElse(0);
            if (oldest <= DEFAULT_LAST_DAY) {
                return new Extent(DEFAULT_LAST_DAY, true, DEFAULT_LAST_DAY / DAYS_PER_WEEK);
            }
            // The next whole month: an age of exactly 16 months (487 days) is drawn on an axis to 17.
            long months = (long) Math.floor(Math.min(oldest, WhoWeightForAge.LAST_DAY) / DAYS_PER_MONTH) + 1;
            double monthsInDays = months * DAYS_PER_MONTH;
            if (monthsInDays >= WhoWeightForAge.LAST_DAY) {
                return new Extent(WhoWeightForAge.LAST_DAY, false, WhoWeightForAge.LAST_DAY / DAYS_PER_MONTH);
            }
            return new Extent((int) Math.ceil(monthsInDays), false, months);
        }
    }

    private static JsonObjectBuilder xScale(Extent extent, String title) {
        double max = extent.axisMax();
        int stepSize = extent.inWeeks() ? 2 : max <= 12 ? 1 : max <= 24 ? 2 : 3;
        return ChartJson.object()
                .add("type", "linear")
                .add("min", 0)
                .add("max", ChartJson.number(max, AGE_DECIMALS))
                .add("title", ChartJson.title(title))
                // includeBounds false: no tick at a fractional end such as 26.143 weeks.
                .add(
                        "ticks",
                        ChartJson.object()
                                .add("stepSize", stepSize)
                                .add("includeBounds", false)
                                .add(
                                        "format",
                                        ChartJson.object()
                                                .add("minimumFractionDigits", 0)
                                                .add("maximumFractionDigits", 1)));
    }

    private static JsonObjectBuilder birthWeight(List<Point> points, String label, double daysPerUnit) {
        return ChartJson.object()
                .add("label", label)
                .add("data", xy(points.stream().filter(Point::birthWeight).toList(), daysPerUnit))
                // clip false: a weight at day 0 or on the axis end is drawn whole, not cut at the chart area.
                .add("clip", false)
                .add("showLine", false)
                .add("pointStyle", "triangle")
                .add("pointRadius", 8)
                .add("pointHoverRadius", 10)
                .add("borderWidth", 1)
                .add("borderColor", "#ffffff")
                .add("backgroundColor", BIRTH_WEIGHT_COLOUR)
                .add("pointBorderColor", "#ffffff")
                .add("pointBackgroundColor", BIRTH_WEIGHT_COLOUR);
    }

    private static JsonObjectBuilder weights(List<Point> points, String label, double daysPerUnit) {
        // The birth weight's own triangle marks it; no circle under it, and no second tooltip.
        JsonArrayBuilder radius = ChartJson.array();
        JsonArrayBuilder hoverRadius = ChartJson.array();
        JsonArrayBuilder hitRadius = ChartJson.array();
        for (Point point : points) {
            boolean birth = point.birthWeight();
            radius.add(birth ? 0 : 4);
            hoverRadius.add(birth ? 0 : 6);
            hitRadius.add(birth ? 0 : 4);
        }
        return ChartJson.object()
                .add("label", label)
                .add("data", xy(points, daysPerUnit))
                .add("pointRadius", radius)
                .add("pointHoverRadius", hoverRadius)
                .add("pointHitRadius", hitRadius)
                .add("clip", false)
                .add("pointStyle", "circle")
                .add("borderWidth", ChartJson.number(2.5, 1))
                .add("tension", 0)
                .add("fill", false)
                .add("borderColor", INFANT_COLOUR)
                .add("backgroundColor", INFANT_COLOUR);
    }

    /**
     * What one percentile curve's dataset depends on; {@code index} is the percentile's place in {@link #PERCENTILES}.
     */
    private record CurveKey(int index, SexType sex, int lastDay, double daysPerUnit, String label) {}

    /**
     * Percentile curves already drawn. A curve is WHO's table over an axis, the same for every baby of that sex on that
     * axis (nearly every baby's chart is the default 6 months), so it is built once rather than on each page: the five
     * curves are a thousand numbers, about a tenth of the family page's server time (issue 12). Bounded by the sexes,
     * the axes (one per month up to WHO's last day) and the bundle's legends.
     */
    private static final Map<CurveKey, JsonObject> PERCENTILE_CURVES = new ConcurrentHashMap<>();

    private static JsonObject percentileCurve(CurveKey key) {
        return PERCENTILE_CURVES.computeIfAbsent(
                key,
                k -> curve(
                                WhoWeightForAge.standard()
                                        .percentileCurveKg(k.sex(), PERCENTILES[k.index()], k.lastDay()),
                                k.label(),
                                CURVE_COLOURS[k.index()],
                                PERCENTILES[k.index()] == 50 ? MEDIAN_WIDTH : CURVE_WIDTH,
                                k.daysPerUnit())
                        .build());
    }

    private static JsonObjectBuilder curve(
            double[] curveKg, String label, String colour, double width, double daysPerUnit) {
        JsonArrayBuilder data = ChartJson.array();
        int lastDay = curveKg.length - 1;
        int step = Math.max(1, (int) Math.ceil((double) lastDay / MAX_CURVE_SAMPLES));
        for (int day = 0; day <= lastDay; day += step) {
            data.add(xy(day / daysPerUnit, curveKg[day]));
        }
        if (lastDay % step != 0) {
            data.add(xy(lastDay / daysPerUnit, curveKg[lastDay]));
        }
        return ChartJson.object()
                .add("label", label)
                .add("data", data)
                .add("pointRadius", 0)
                .add("pointHoverRadius", 0)
                .add("pointHitRadius", 0)
                .add("pointStyle", "line")
                .add("tension", 0)
                .add("fill", false)
                .add("borderWidth", ChartJson.number(width, 1))
                .add("borderColor", colour)
                .add("backgroundColor", colour);
    }

    private static JsonArrayBuilder xy(List<Point> points, double daysPerUnit) {
        JsonArrayBuilder data = ChartJson.array();
        for (Point point : points) {
            data.add(xy(point.ageInDays() / daysPerUnit, point.weightGrams() / 1000.0));
        }
        return data;
    }

    private static JsonObjectBuilder xy(double x, double y) {
        return ChartJson.object()
                .add("x", ChartJson.number(x, AGE_DECIMALS))
                .add("y", ChartJson.number(y, KG_DECIMALS));
    }
}
