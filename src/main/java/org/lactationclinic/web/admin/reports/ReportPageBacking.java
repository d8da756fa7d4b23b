package org.lactationclinic.web.admin.reports;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.lactationclinic.application.ReportService;
import org.lactationclinic.domain.reporting.ExportFile;
import org.lactationclinic.domain.reporting.ExportFormatType;
import org.lactationclinic.domain.reporting.ReportCriteria;
import org.lactationclinic.domain.reporting.ReportIntervalType;
import org.lactationclinic.domain.reporting.ReportTable;
import org.lactationclinic.domain.reporting.Share;
import org.lactationclinic.domain.staff.StaffName;
import org.lactationclinic.web.BundleMessages;
import org.lactationclinic.web.ViewScopedPage;
import org.omnifaces.util.Messages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * What every report page shares: the filter (period, consultant, week or month), running the report, the tables it
 * shows and their downloads. The filter lives in the view, never in the URL, and a download is a POST of the form, so
 * neither the filter nor the numbers reach a URL, a proxy log or the browser history.
 */
public abstract class ReportPageBacking extends ViewScopedPage {

    @Inject
    protected transient ReportService reports;

    @Inject
    private Clock clock;

    private LocalDate from;
    private LocalDate to;
    private Long consultantId;
    private ReportIntervalType interval = ReportIntervalType.MONTH;
    private List<StaffName> consultants;
    private List<ReportTable> tables = List.of();
    private String chartJson;

    /** The report's tables and chart for these criteria. */
    protected abstract Result compute(ReportCriteria criteria);

    /** The report's short name, for file names and the audit. */
    protected abstract String report();

    protected record Result(List<ReportTable> tables, String chartJson) {}

    /** On first view: the last twelve months up to today, the whole clinic. */
    public void load() {
        if (consultants == null) {
            consultants = reports.consultants();
            LocalDate today = LocalDate.now(clock);
            to = today;
            from = today.minusMonths(12).plusDays(1);
            run();
        }
    }

    public void run() {
        // The fields are required in the view; the period's rule spans both dates, so it is checked here
        if (!ReportCriteria.isValidPeriod(from, to)) {
            Messages.addGlobalError("admin_reports.message.error.period", ReportCriteria.MAX_DAYS);
            tables = List.of();
            chartJson = null;
            return;
        }
        Result result = compute(new ReportCriteria(from, to, consultantId, interval));
        tables = result.tables();
        chartJson = result.chartJson();
    }

    /** A table of the report as a file; the export is audited by {@link ReportService#export}. */
    public StreamedContent download(int tableIndex, String format) {
        ExportFile file = reports.export(tables.get(tableIndex), ExportFormatType.valueOf(format));
        return DefaultStreamedContent.builder()
                .name(file.fileName())
                .contentType(file.contentType())
                .contentLength((long) file.content().length)
                .stream(() -> new ByteArrayInputStream(file.content()))
                .build();
    }

    /** A table titled by a bundle key, with the period and filter in words underneath. */
    protected ReportTable table(String titleKey, List<String> headerKeys, List<List<Object>> rows) {
        return new ReportTable(
                report(),
                text(titleKey),
                subtitle(),
                headerKeys.stream().map(ReportPageBacking::text).toList(),
                rows);
    }

    private String subtitle() {
        DateTimeFormatter format = DateTimeFormatter.ofPattern(text("clinic.format.date"));
        String who = consultants.stream()
                .filter(user -> user.id().equals(consultantId))
                .map(StaffName::fullName)
                .findFirst()
                .orElse(text("admin_reports.label.allConsultants"));
        return BundleMessages.text("admin_reports.label.subtitle", from.format(format), to.format(format), who);
    }

    protected static String text(String key, Object... params) {
        return BundleMessages.text(key, params);
    }

    /** A percentage cell: the number, or empty when there is no denominator. */
    protected static Object percent(Share share) {
        return share.percent().map(value -> (Object) value).orElse("");
    }

    /** A decimal cell that may be absent. */
    protected static Object decimal(BigDecimal value) {
        return value == null ? "" : value;
    }

    public List<ReportTable> getTables() {
        return tables;
    }

    public String getChartJson() {
        return chartJson;
    }

    public List<StaffName> getConsultants() {
        return consultants;
    }

    public ReportIntervalType[] getIntervals() {
        return ReportIntervalType.values();
    }

    public ExportFormatType[] getFormats() {
        return ExportFormatType.values();
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public Long getConsultantId() {
        return consultantId;
    }

    public void setConsultantId(Long consultantId) {
        this.consultantId = consultantId;
    }

    public ReportIntervalType getInterval() {
        return interval;
    }

    public void setInterval(ReportIntervalType interval) {
        this.interval = interval;
    }

    public LocalDate getToday() {
        return LocalDate.now(clock);
    }
}
