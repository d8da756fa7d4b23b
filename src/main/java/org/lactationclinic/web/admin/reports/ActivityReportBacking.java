package org.lactationclinic.web.admin.reports;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.lactationclinic.domain.reporting.ReportCriteria;
import org.lactationclinic.domain.reporting.ReportResults.ActivityRow;
import org.lactationclinic.domain.reporting.ReportResults.ConsultantShare;

/** admin/reports/activity.xhtml: consultations per consultant, type and week or month, new versus returning mothers. */
@Named
@ViewScoped
public class ActivityReportBacking extends ReportPageBacking {

    @Override
    protected String report() {
        return "activity";
    }

    @Override
    protected Result compute(ReportCriteria criteria) {
        List<ActivityRow> rows = reports.activity(criteria);
        List<List<Object>> cells = new ArrayList<>();
        Map<LocalDate, long[]> perPeriod = new TreeMap<>();
        for (ActivityRow row : rows) {
            cells.add(List.of(
                    row.periodStart().toString(),
                    row.consultant(),
                    text("ConsultationType." + row.type()),
                    row.consultations(),
                    row.newMothers(),
                    row.returningMothers()));
            long[] totals = perPeriod.computeIfAbsent(row.periodStart(), day -> new long[2]);
            totals[0] += row.newMothers();
            totals[1] += row.returningMothers();
        }
        var table = table(
                "admin_reports_activity.table.title",
                List.of(
                        "admin_reports_activity.column.period",
                        "admin_reports.column.consultant",
                        "admin_reports_activity.column.type",
                        "admin_reports_activity.column.consultations",
                        "admin_reports_activity.column.newMothers",
                        "admin_reports_activity.column.returningMothers"),
                cells);
        String chart = perPeriod.isEmpty()
                ? null
                : ReportChart.bars(
                        perPeriod.keySet().stream().map(LocalDate::toString).toList(),
                        List.of(
                                new ReportChart.Series(
                                        text("admin_reports_activity.column.newMothers"),
                                        perPeriod.values().stream()
                                                .map(totals -> totals[0])
                                                .toList()),
                                new ReportChart.Series(
                                        text("admin_reports_activity.column.returningMothers"),
                                        perPeriod.values().stream()
                                                .map(totals -> totals[1])
                                                .toList())),
                        true,
                        false,
                        text("admin_reports_activity.column.consultations"));
        var shares = table(
                "admin_reports_activity.share.title",
                List.of(
                        "admin_reports.column.consultant",
                        "admin_reports_activity.column.consultations",
                        "admin_reports.column.percent"),
                ConsultantShare.of(rows).stream()
                        .map(share -> List.<Object>of(
                                share.consultant(),
                                share.visits().count(),
                                share.visits().percentText()))
                        .toList());
        return new Result(List.of(table, shares), chart);
    }
}
