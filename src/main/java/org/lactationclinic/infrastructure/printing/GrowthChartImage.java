package org.lactationclinic.infrastructure.printing;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.lactationclinic.domain.dyad.SexType;
import org.lactationclinic.domain.growth.WhoWeightForAge;

/**
 * The small growth chart of the take-home plan: the baby's weights (birth weight first) over WHO's 3rd, 50th and 97th
 * percentile curves for the baby's sex, drawn by JFreeChart as a PNG and inlined as a {@code data:} URI. Fewer lines
 * than the infant page's chart: a mother reads "inside the lines", not a percentile.
 */
public final class GrowthChartImage {

    /** One weighing on the chart. */
    public record Weight(long dayOfLife, int grams) {}

    // about 125 dots per inch at the 85 mm the plan prints it: sharp on paper, small to encode and embed
    private static final int WIDTH = 440;
    private static final int HEIGHT = 230;
    private static final int MIN_DAYS = 42;
    private static final double[] PERCENTILES = {3, 50, 97};
    /** The lowest line drawn: a dot under it is explained on the plan in plain words. */
    public static final double LOWEST_PERCENTILE = PERCENTILES[0];
    // printed at about 85 mm for 440 px, one pixel is about 0.55 pt: 16 px is about 9 pt, as readable as the body
    private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 16);
    private static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 15);

    private GrowthChartImage() {}

    /**
     * @param weights in time order, birth weight at day 0 included
     * @param axisLabels the x and y axis titles, in the mother's language
     */
    public static String dataUri(
            SexType sex, List<Weight> weights, String dayAxis, String weightAxis, String percentileLabel) {
        long lastWeighed = weights.stream().mapToLong(Weight::dayOfLife).max().orElse(0);
        int lastDay = (int) Math.min(WhoWeightForAge.LAST_DAY, Math.max(MIN_DAYS, lastWeighed + 14));
        XYSeriesCollection data = new XYSeriesCollection();
        WhoWeightForAge who = WhoWeightForAge.standard();
        for (double percentile : PERCENTILES) {
            XYSeries curve = new XYSeries(percentileLabel.replace("{0}", String.valueOf((int) percentile)));
            double[] kg = who.percentileCurveKg(sex, percentile, lastDay);
            for (int day = 0; day <= lastDay; day++) {
                curve.add(day, kg[day]);
            }
            data.addSeries(curve);
        }
        XYSeries baby = new XYSeries("baby");
        weights.forEach(weight -> baby.add(weight.dayOfLife(), weight.grams() / 1000.0));
        data.addSeries(baby);

        NumberAxis x = new NumberAxis(dayAxis);
        x.setRange(0, lastDay);
        NumberAxis y = new NumberAxis(weightAxis);
        y.setAutoRangeIncludesZero(false);
        y.setUpperMargin(0.12); // room for the top line's label
        x.setLabelFont(LABEL_FONT);
        y.setLabelFont(LABEL_FONT);
        x.setTickLabelFont(TICK_FONT);
        y.setTickLabelFont(TICK_FONT);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
        for (int series = 0; series < PERCENTILES.length; series++) {
            renderer.setSeriesPaint(series, series == 1 ? new Color(0x7a9cc6) : new Color(0xb8c7db));
            renderer.setSeriesShapesVisible(series, false);
            renderer.setSeriesStroke(series, new BasicStroke(series == 1 ? 1.6f : 1.0f));
        }
        int babySeries = PERCENTILES.length;
        renderer.setSeriesPaint(babySeries, new Color(0xc2185b));
        renderer.setSeriesStroke(babySeries, new BasicStroke(2.4f));
        renderer.setSeriesShape(babySeries, new Ellipse2D.Double(-4, -4, 8, 8));
        renderer.setSeriesShapesVisible(babySeries, true);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xe5e5e5));
        plot.setRangeGridlinePaint(new Color(0xe5e5e5));
        // each WHO line named at its right end ("P3"), so the note under the chart can speak of "the lowest line"
        for (int series = 0; series < PERCENTILES.length; series++) {
            XYSeries curve = data.getSeries(series);
            XYTextAnnotation label = new XYTextAnnotation(
                    (String) curve.getKey(),
                    lastDay,
                    curve.getY(curve.getItemCount() - 1).doubleValue());
            label.setFont(TICK_FONT);
            label.setPaint(new Color(0x55708f));
            label.setTextAnchor(TextAnchor.BOTTOM_RIGHT);
            plot.addAnnotation(label);
        }
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(
                    png, chart, WIDTH, HEIGHT, false, 1); // fast compression: the PDF compresses it again
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
    }

    /**
     * True when this weighing's dot lies under the lowest WHO line drawn (the 3rd percentile for the baby's sex and
     * day).
     */
    public static boolean isBelowLowestLine(SexType sex, Weight weight) {
        if (weight.dayOfLife() < 0 || weight.dayOfLife() > WhoWeightForAge.LAST_DAY) {
            return false;
        }
        double[] curve = WhoWeightForAge.standard().percentileCurveKg(sex, LOWEST_PERCENTILE, (int) weight.dayOfLife());
        return weight.grams() / 1000.0 < curve[(int) weight.dayOfLife()];
    }
}
