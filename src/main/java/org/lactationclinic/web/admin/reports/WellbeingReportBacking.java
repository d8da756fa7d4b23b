package org.lactationclinic.web.admin.reports;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.lactationclinic.application.ReportService;
import org.lactationclinic.domain.reporting.ReportCriteria;
import org.lactationclinic.domain.reporting.ReportResults.WellbeingResult;
import org.lactationclinic.domain.reporting.Share;

/**
 * admin/reports/wellbeing.xhtml: EPDS screening rate, totals at or above the clinic's cut-off, item-10 alerts and
 * follow-up.
 */
@Named
@ViewScoped
public class WellbeingReportBacking extends ReportPageBacking {

    @Override
    protected String report() {
        return "wellbeing";
    }

    @Override
    protected Result compute(ReportCriteria criteria) {
        ReportService.WellbeingReport report = reports.wellbeing(criteria);
        WellbeingResult epds = report.screening();
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row(text("admin_reports_wellbeing.label.screened"), epds.screeningRate()));
        rows.add(row(text("admin_reports_wellbeing.label.atOrAbove", epds.cutOff()), epds.atOrAboveCutOffShare()));
        rows.add(row(
                text("admin_reports_wellbeing.label.itemTen"), new Share(epds.itemTenAlerts(), epds.consultations())));
        rows.add(row(text("admin_reports_wellbeing.label.acknowledged"), epds.acknowledgedShare()));
        rows.add(row(
                text("admin_reports_wellbeing.label.referred"),
                new Share(report.itemTenReferred(), epds.itemTenAlerts())));
        var table = table(
                "admin_reports_wellbeing.table.title",
                List.of(
                        "admin_reports_wellbeing.column.measure",
                        "admin_reports_wellbeing.column.count",
                        "admin_reports_wellbeing.column.outOf",
                        "admin_reports.column.percent"),
                rows);
        String chart = epds.consultations() == 0
                ? null
                : ReportChart.bars(
                        rows.stream().map(row -> (String) row.getFirst()).toList(),
                        List.of(new ReportChart.Series(
                                text("admin_reports.column.percent"),
                                rows.stream()
                                        .map(row -> row.get(3) instanceof Number number ? number : null)
                                        .toList())),
                        false,
                        true,
                        text("admin_reports.column.percent"));
        return new Result(List.of(table), chart);
    }

    private static List<Object> row(String label, Share share) {
        return List.of(label, share.count(), share.of(), percent(share));
    }
}
