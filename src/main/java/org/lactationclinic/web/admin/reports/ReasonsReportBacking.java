package org.lactationclinic.web.admin.reports;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.lactationclinic.application.ReportService;
import org.lactationclinic.domain.reporting.ReportCriteria;
import org.lactationclinic.domain.reporting.ReportResults.CountRow;
import org.lactationclinic.domain.reporting.ReportTable;

/**
 * admin/reports/reasons.xhtml: reasons for the visit (mentions as entered), supply-concern categories, flags raised,
 * and referrals by destination (from the care plans of the period's consultations).
 */
@Named
@ViewScoped
public class ReasonsReportBacking extends ReportPageBacking {

    @Override
    protected String report() {
        return "reasons";
    }

    @Override
    protected Result compute(ReportCriteria criteria) {
        ReportService.ReasonsReport report = reports.reasons(criteria);
        List<ReportTable> tables = new ArrayList<>();
        tables.add(table(
                "admin_reports_reasons.visit.title",
                List.of(
                        "admin_reports_reasons.column.visitReason",
                        "admin_reports_reasons.column.mentions",
                        "admin_reports_reasons.column.mothers"),
                report.visitReasons().stream()
                        .map(row -> List.<Object>of(reasonLabel(row.key()), row.count(), row.mothers()))
                        .toList()));
        tables.add(table(
                "admin_reports_reasons.concerns.title",
                List.of(
                        "admin_reports_reasons.column.concern",
                        "admin_reports_reasons.column.times",
                        "admin_reports_reasons.column.mothers"),
                report.supplyConcerns().stream()
                        .map(row -> List.<Object>of(text("SupplyConcernType." + row.key()), row.count(), row.mothers()))
                        .toList()));
        tables.add(table(
                "admin_reports_reasons.flags.title",
                List.of(
                        "admin_reports_reasons.column.flag",
                        "admin_reports_reasons.column.times",
                        "admin_reports_reasons.column.referrals",
                        "admin_reports_reasons.column.mothers"),
                report.flags().stream()
                        .map(row -> List.<Object>of(flagLabel(row.key()), row.count(), row.referrals(), row.mothers()))
                        .toList()));
        tables.add(referralTable(report.referrals().rows()));
        String chart = !report.visitReasons().isEmpty()
                ? ReportChart.bars(
                        report.visitReasons().stream()
                                .map(row -> reasonLabel(row.key()))
                                .toList(),
                        List.of(new ReportChart.Series(
                                text("admin_reports_reasons.column.mentions"),
                                report.visitReasons().stream()
                                        .map(CountRow::count)
                                        .toList())),
                        false,
                        true,
                        text("admin_reports_reasons.column.mentions"))
                : report.supplyConcerns().isEmpty()
                        ? null
                        : ReportChart.bars(
                                report.supplyConcerns().stream()
                                        .map(row -> text("SupplyConcernType." + row.key()))
                                        .toList(),
                                List.of(new ReportChart.Series(
                                        text("admin_reports_reasons.column.times"),
                                        report.supplyConcerns().stream()
                                                .map(CountRow::count)
                                                .toList())),
                                false,
                                true,
                                text("admin_reports_reasons.column.times"));
        return new Result(tables, chart);
    }

    private static String reasonLabel(String key) {
        return ReportService.OTHER_REASON.equals(key)
                ? text("admin_reports_reasons.label.otherReason")
                : text("VisitReasonType." + key);
    }

    /**
     * A flag's text without the values of one consultation: the flag messages take the measured value and the clinic's
     * threshold as parameters, shown here as an ellipsis.
     */
    private static String flagLabel(String flagKey) {
        return text(flagKey, ELLIPSIS, ELLIPSIS, ELLIPSIS, ELLIPSIS);
    }

    private static final String ELLIPSIS = "\u2026";

    private ReportTable referralTable(List<CountRow> rows) {
        return table(
                "admin_reports_reasons.referrals.title",
                List.of(
                        "admin_reports_reasons.column.destination",
                        "admin_reports_reasons.column.urgency",
                        "admin_reports_reasons.column.referrals",
                        "admin_reports_reasons.column.mothers"),
                rows.stream()
                        .map(row -> List.<Object>of(
                                text("admin_reports.referral." + row.key()),
                                text("admin_reports.urgency." + row.detail()),
                                row.count(),
                                row.mothers()))
                        .toList());
    }
}
