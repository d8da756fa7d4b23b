package org.lactationclinic.web.admin.reports;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.lactationclinic.application.ReportService;
import org.lactationclinic.domain.charting.FeedingStatusType;
import org.lactationclinic.domain.reporting.ReportCriteria;
import org.lactationclinic.domain.reporting.ReportResults.FeedingStatusAtCheck;
import org.lactationclinic.domain.reporting.ReportTable;
import org.lactationclinic.domain.reporting.ScoreChange;

/**
 * admin/reports/outcomes.xhtml: feeding status at 2 weeks, 6-8 weeks and 6 months (unknown in the denominator), back to
 * birth weight by day 14, LATCH and nipple-pain change, pumping band changes.
 */
@Named
@ViewScoped
public class OutcomesReportBacking extends ReportPageBacking {

    @Override
    protected String report() {
        return "outcomes";
    }

    @Override
    protected Result compute(ReportCriteria criteria) {
        ReportService.OutcomesReport report = reports.outcomes(criteria);
        List<ReportTable> tables = new ArrayList<>();
        List<List<Object>> statusRows = new ArrayList<>();
        for (FeedingStatusAtCheck check : report.feedingStatus()) {
            statusRows.add(List.of(
                    text(check.check().bundleKey()),
                    text(
                            "admin_reports_outcomes.label.days",
                            check.check().firstDay(),
                            check.check().lastDay()),
                    check.due(),
                    check.exclusive(),
                    percent(check.share(FeedingStatusType.EXCLUSIVE)),
                    check.partial(),
                    percent(check.share(FeedingStatusType.PARTIAL)),
                    check.none(),
                    percent(check.share(FeedingStatusType.NONE)),
                    check.unknown(),
                    percent(check.unknownShare()),
                    percent(check.anyBreastMilk())));
        }
        tables.add(table(
                "admin_reports_outcomes.status.title",
                List.of(
                        "admin_reports_outcomes.column.check",
                        "admin_reports_outcomes.column.window",
                        "admin_reports_outcomes.column.due",
                        "FeedingStatusType.EXCLUSIVE",
                        "admin_reports.column.percent",
                        "FeedingStatusType.PARTIAL",
                        "admin_reports.column.percent",
                        "FeedingStatusType.NONE",
                        "admin_reports.column.percent",
                        "admin_reports_outcomes.column.unknown",
                        "admin_reports.column.percent",
                        "admin_reports_outcomes.column.anyBreastMilk"),
                statusRows));
        tables.add(table(
                "admin_reports_outcomes.birthWeight.title",
                List.of(
                        "admin_reports_outcomes.column.followedUp",
                        "admin_reports_outcomes.column.backByDay14",
                        "admin_reports.column.percent"),
                List.of(List.of(
                        report.birthWeight().followedUp(),
                        report.birthWeight().backByDay14(),
                        percent(report.birthWeight().share())))));
        tables.add(table(
                "admin_reports_outcomes.scores.title",
                List.of(
                        "admin_reports_outcomes.column.score",
                        "admin_reports_outcomes.column.dyads",
                        "admin_reports_outcomes.column.firstMean",
                        "admin_reports_outcomes.column.latestMean",
                        "admin_reports_outcomes.column.meanChange",
                        "admin_reports_outcomes.column.improved",
                        "admin_reports_outcomes.column.unchanged",
                        "admin_reports_outcomes.column.worse"),
                List.of(
                        scoreRow("admin_reports_outcomes.label.latch", report.latch()),
                        scoreRow("admin_reports_outcomes.label.btat", report.btat()),
                        scoreRow("admin_reports_outcomes.label.pain", report.pain()))));
        tables.add(table(
                "admin_reports_outcomes.pumping.title",
                List.of(
                        "admin_reports_outcomes.column.firstBand",
                        "admin_reports_outcomes.column.latestBand",
                        "admin_reports_outcomes.column.mothers"),
                report.pumpingBands().stream()
                        .map(row -> List.<Object>of(
                                text(row.first().bundleKey()), text(row.latest().bundleKey()), row.mothers()))
                        .toList()));
        return new Result(tables, chart(report.feedingStatus()));
    }

    private static List<Object> scoreRow(String labelKey, ScoreChange change) {
        return List.of(
                text(labelKey),
                change.dyads(),
                decimal(change.firstMean()),
                decimal(change.latestMean()),
                decimal(change.meanChange()),
                change.improved(),
                change.unchanged(),
                change.worse());
    }

    /** Per check, the share of each status among the infants due, unknown included: stacked to 100 %. */
    private static String chart(List<FeedingStatusAtCheck> checks) {
        if (checks.stream().allMatch(check -> check.due() == 0)) {
            return null;
        }
        return ReportChart.bars(
                checks.stream().map(check -> text(check.check().bundleKey())).toList(),
                List.of(
                        series(
                                "FeedingStatusType.EXCLUSIVE",
                                checks,
                                check -> check.share(FeedingStatusType.EXCLUSIVE)
                                        .percent()
                                        .orElse(null)),
                        series(
                                "FeedingStatusType.PARTIAL",
                                checks,
                                check -> check.share(FeedingStatusType.PARTIAL)
                                        .percent()
                                        .orElse(null)),
                        series(
                                "FeedingStatusType.NONE",
                                checks,
                                check -> check.share(FeedingStatusType.NONE)
                                        .percent()
                                        .orElse(null)),
                        series(
                                "admin_reports_outcomes.column.unknown",
                                checks,
                                check -> check.unknownShare().percent().orElse(null))),
                true,
                false,
                text("admin_reports.column.percent"));
    }

    private static ReportChart.Series series(
            String key, List<FeedingStatusAtCheck> checks, Function<FeedingStatusAtCheck, BigDecimal> value) {
        return new ReportChart.Series(text(key), checks.stream().map(value).toList());
    }
}
