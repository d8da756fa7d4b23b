package org.lactationclinic.web.dyad;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.lactationclinic.application.DyadService;
import org.lactationclinic.domain.consultation.WeightHistory;
import org.lactationclinic.domain.dyad.Infant;
import org.lactationclinic.web.BundleMessages;
import org.lactationclinic.web.UserErrors;

/**
 * dyad/infant.xhtml: an infant's weights, each with day of life, change from birth weight, gain since the lowest
 * weight, projected regain, flags and WHO weight-for-age; and the growth chart.
 *
 * <p>Request-scoped, and the page is a stateless view: it only shows, nothing on it posts back, so keeping its view
 * state and a view-scoped bean in the session for each visit bought nothing and cost about a fifth of the page's server
 * time (docs/performance.md, issue 12).
 */
@Named
@RequestScoped
public class InfantGrowthBacking {

    @Inject
    private DyadService dyads;

    private UUID infantUuid;
    private WeightHistory history;
    private String growthChartJson;

    public void load() {
        WeightHistory found = UserErrors.loadOrNotFound(() -> dyads.viewWeightHistory(infantUuid));
        if (found != null) {
            // all or nothing: the history is set last, so a loaded page has its chart too (see isLoaded)
            growthChartJson = GrowthChart.weightForAgeJson(found.infant().getSex(), chartPoints(found), labels())
                    .orElse(null);
            history = found;
        }
    }

    /** Whether the page has what it shows; layout.xhtml shows a message instead when it has not. */
    public boolean isLoaded() {
        return history != null;
    }

    static List<GrowthChart.Point> chartPoints(WeightHistory history) {
        List<GrowthChart.Point> points = new ArrayList<>();
        points.add(new GrowthChart.Point(0, history.infant().getBirthWeightGrams(), true));
        history.rows()
                .forEach(row -> points.add(new GrowthChart.Point(
                        row.point().dayOfLife(), row.point().weightGrams(), false)));
        return points;
    }

    static GrowthChart.Labels labels() {
        return new GrowthChart.Labels(
                text("axisWeeks"),
                text("axisMonths"),
                text("axisWeight"),
                text("p3"),
                text("p15"),
                text("p50"),
                text("p85"),
                text("p97"),
                text("weights"),
                text("birthWeight"));
    }

    private static String text(String key) {
        return BundleMessages.text("infant_growth.chart." + key);
    }

    /** The flags of a weighing, the stronger one standing for the weaker, in plain words. */
    public List<String> flagTexts(WeightHistory.Row row) {
        return row.point().strongestFlags().stream()
                .map(flag -> BundleMessages.text(flag.bundleKey(), row.point().quotedNumber(flag)))
                .toList();
    }

    public Infant getInfant() {
        return history.infant();
    }

    public WeightHistory getHistory() {
        return history;
    }

    public String getGrowthChartJson() {
        return growthChartJson;
    }

    public UUID getInfantUuid() {
        return infantUuid;
    }

    public void setInfantUuid(UUID infantUuid) {
        this.infantUuid = infantUuid;
    }
}
