package org.lactationclinic.web.dyad;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.lactationclinic.application.AuditTrail;
import org.lactationclinic.application.PumpingService;
import org.lactationclinic.domain.audit.AuditActionType;
import org.lactationclinic.domain.audit.AuditRecordType;
import org.lactationclinic.domain.dyad.PumpingPurposeType;
import org.lactationclinic.domain.pumping.FluidOunces;
import org.lactationclinic.domain.pumping.PumpType;
import org.lactationclinic.domain.pumping.PumpingEntry;
import org.lactationclinic.domain.pumping.PumpingFlagType;
import org.lactationclinic.domain.pumping.PumpingLog;
import org.lactationclinic.domain.shared.ClinicalLimits;
import org.lactationclinic.web.BundleMessages;
import org.lactationclinic.web.UserErrors;
import org.lactationclinic.web.ViewScopedPage;
import org.omnifaces.util.Messages;
import org.primefaces.event.RowEditEvent;

/**
 * dyad/pumping.xhtml: the mother's pumping log. A quick-entry row at the top (Enter adds it and leaves the cursor ready
 * for the next), the sessions below with row editing and voiding, and what they add up to: the rolling 24 hours with
 * its band and flags, every day with its totals (mL and oz), mean, band, flags and change from the day before, two days
 * compared, and the daily totals' chart.
 */
@Named
@ViewScoped
public class PumpingLogBacking extends ViewScopedPage {

    @Inject
    private transient PumpingService pumping;

    @Inject
    private Clock clock;

    @Inject
    private transient AuditTrail audit;

    private UUID motherUuid;
    private transient PumpingService.Summary summary;
    private PumpingEntry newEntry;
    private PumpingPurposeType purpose;
    private long motherVersion;
    private boolean conflict;
    private PumpingEntry voiding;

    @DecimalMin("0")
    @DecimalMax("33.8") // 1000 mL, the most a session takes (PumpingSession.MAX_VOLUME_ML)
    private BigDecimal combinedOz;

    private LocalDate compareFrom;
    private LocalDate compareTo;

    @Size(max = ClinicalLimits.REASON_MAX)
    private String voidReason;
    // what this page has added, as submitted: the second of two identical submissions is a double submit
    private final Set<List<Object>> added = new HashSet<>();

    public void load() {
        if (newEntry == null) {
            refresh();
            if (summary != null) { // null: the 404 is already on its way
                audit.record(AuditActionType.VIEW, AuditRecordType.MOTHER, motherUuid, "pumping log");
                newEntry = blankEntry();
            }
        }
    }

    private void refresh() {
        summary = UserErrors.loadOrNotFound(() -> pumping.summary(motherUuid));
        if (summary != null) {
            purpose = summary.mother().getPumpingPurpose();
            motherVersion = summary.mother().getVersion();
        }
        conflict = false;
    }

    private PumpingEntry blankEntry() {
        PumpingEntry entry = new PumpingEntry(summary.mother());
        entry.setStartedAt(LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES));
        entry.setDurationMinutes(15);
        List<PumpingEntry> logged = summary.entries();
        if (!logged.isEmpty()) { // she usually uses the same pump and flange as last time
            entry.setPumpType(logged.getLast().getPumpType());
            entry.setFlangeMm(logged.getLast().getFlangeMm());
        }
        return entry;
    }

    /** Whether the page has what it shows; layout.xhtml shows a message instead when it has not. */
    public boolean isLoaded() {
        return newEntry != null;
    }

    /**
     * Adds the quick-entry row once, however many times it is sent: a double-click's two requests share this page's
     * bean, so the lock makes the second wait for the first, and the second then finds the same session among those
     * this page added and only clears the row.
     */
    public synchronized void add() {
        if (combinedOz != null) {
            // ounces are an entry convenience: the log stores whole millilitres (FluidOunces)
            if (newEntry.getCombinedMl() != null) {
                Messages.addGlobalError("pumping.message.error.mlAndOz");
                return;
            }
            newEntry.setCombinedMl(FluidOunces.toMillilitres(combinedOz));
            combinedOz = null;
        }
        List<Object> submitted = Arrays.asList(
                newEntry.getStartedAt(),
                newEntry.getDurationMinutes(),
                newEntry.getLeftMl(),
                newEntry.getRightMl(),
                newEntry.getCombinedMl(),
                newEntry.getPumpType(),
                newEntry.getFlangeMm());
        if (added.contains(submitted)) {
            Messages.addGlobalInfo("pumping.message.info.alreadyAdded");
            newEntry = blankEntry();
            return;
        }
        UserErrors.Outcome outcome = UserErrors.attempt(() -> pumping.add(motherUuid, newEntry));
        if (outcome.isDone()) {
            added.add(new ArrayList<>(submitted));
            Messages.addGlobalInfo("pumping.message.info.added");
            refresh();
            newEntry = blankEntry();
        }
    }

    public void onRowEdit(RowEditEvent<PumpingEntry> event) {
        PumpingEntry edited = event.getObject();
        UserErrors.Outcome outcome =
                UserErrors.attempt(() -> pumping.update(edited.getUuid(), edited.getVersion(), edited.draftCopy()));
        if (outcome.isDone()) {
            Messages.addGlobalInfo("pumping.message.info.updated");
        }
        refresh();
        conflict = outcome == UserErrors.Outcome.CONFLICT; // after refresh, which clears it
    }

    public void startVoid(PumpingEntry entry) {
        voiding = entry;
        voidReason = null;
    }

    public void confirmVoid() {
        UserErrors.Outcome outcome =
                UserErrors.attempt(() -> pumping.voidEntry(voiding.getUuid(), voiding.getVersion(), voidReason));
        if (outcome.isDone()) {
            Messages.addGlobalInfo("pumping.message.info.voided");
            voiding = null;
            added.clear(); // a session voided as logged in error may be entered again, values and all
        }
        refresh();
    }

    public void savePurpose() {
        UserErrors.Outcome outcome = UserErrors.attempt(() -> pumping.setPurpose(motherUuid, motherVersion, purpose));
        refresh();
        conflict = outcome == UserErrors.Outcome.CONFLICT; // after refresh, which clears it
    }

    public void reload() {
        refresh();
    }

    public PumpingService.Summary getSummary() {
        if (summary == null) {
            refresh();
        }
        return summary;
    }

    /** The sessions, newest first, as she reads her log. */
    public List<PumpingEntry> getEntries() {
        return getSummary().entries().reversed();
    }

    public List<String> getFlagTexts() {
        PumpingLog.RollingTotal rolling = getSummary().rolling();
        return getSummary().flags().stream()
                .map(flag -> BundleMessages.text(flag.bundleKey(), flag.figure(rolling.totalMl(), rolling.sessions())))
                .toList();
    }

    /** Every logged day, newest first, as she reads her log. */
    public List<PumpingLog.Day> getDays() {
        return getSummary().days().reversed();
    }

    /**
     * The flags raised on any day of the log, each once, in their enum's order: the legend under the daily table. The
     * table's column names a day's flags only; with the advice in full on every row it was squeezed to a word a line at
     * 1024 px, and the same advice read again on each day.
     */
    public List<PumpingFlagType> getDayFlagsRaised() {
        return getSummary().days().stream()
                .flatMap(day -> day.flags().stream())
                .distinct()
                .sorted()
                .toList();
    }

    /** A volume in mL with its ounces. */
    public String volumeText(int ml) {
        return BundleMessages.text("pumping.label.volume", ml, FluidOunces.ofMillilitres(ml));
    }

    /** The change from the logged day before this one, or that it is the first. */
    public String changeText(PumpingLog.Day day) {
        List<PumpingLog.Day> days = getSummary().days();
        int index = days.indexOf(day);
        if (index <= 0) {
            return BundleMessages.text("pumping.label.noEarlierDay");
        }
        return getSummary()
                .log()
                .change(days.get(index - 1).date(), day.date())
                .map(PumpingLogBacking::changeText)
                .orElse("");
    }

    private static String changeText(PumpingLog.DayChange change) {
        String signed = (change.changeMl() > 0 ? "+" : "") + change.changeMl();
        return change.changePercent()
                .map(percent -> BundleMessages.text(
                        "pumping.label.change", signed, (percent.signum() > 0 ? "+" : "") + percent.toPlainString()))
                .orElseGet(() -> BundleMessages.text("pumping.label.changeNoPercent", signed));
    }

    /** The logged days she can compare, newest first. */
    public List<LocalDate> getLoggedDates() {
        return getSummary().log().dailyTotals().stream()
                .map(PumpingLog.DailyTotal::date)
                .toList()
                .reversed();
    }

    /** The change between the two days chosen, or a prompt to choose them. */
    public String getCompareText() {
        if (compareFrom == null || compareTo == null) {
            return BundleMessages.text("pumping.label.compareNotLogged");
        }
        return getSummary()
                .log()
                .change(compareFrom, compareTo)
                .map(change -> BundleMessages.text("pumping.label.compare", compareFrom, compareTo, changeText(change)))
                .orElseGet(() -> BundleMessages.text("pumping.label.compareNotLogged"));
    }

    /** The combined volume typed in US fl oz, converted to mL when the session is added. */
    public BigDecimal getCombinedOz() {
        return combinedOz;
    }

    public void setCombinedOz(BigDecimal combinedOz) {
        this.combinedOz = combinedOz;
    }

    public LocalDate getCompareFrom() {
        return compareFrom;
    }

    public void setCompareFrom(LocalDate compareFrom) {
        this.compareFrom = compareFrom;
    }

    public LocalDate getCompareTo() {
        return compareTo;
    }

    public void setCompareTo(LocalDate compareTo) {
        this.compareTo = compareTo;
    }

    /** The clinic's band and volume thresholds, as the log's footnote quotes them. */
    public String getThresholdsText() {
        var thresholds = getSummary().thresholds();
        return BundleMessages.text(
                "pumping.label.source",
                thresholds.lowBelowMl(),
                thresholds.fullAtOrAboveMl(),
                thresholds.atVolumeFromMl(),
                thresholds.comingToVolumeByDayPostpartum());
    }

    /** Why the purpose matters, with the clinic's own number of sessions. */
    public String getPurposeHelp() {
        return BundleMessages.text(
                "pumping.input.purpose.help", getSummary().thresholds().minSessionsPer24h());
    }

    /** The band of the last 24 hours, or why there is none yet. */
    public String getBandLabel() {
        return getSummary()
                .band()
                .map(band -> BundleMessages.text(band.bundleKey()))
                .orElseGet(() -> BundleMessages.text("pumping.label.noBand"));
    }

    public String getChartJson() {
        return getSummary().log().dailyTotals().isEmpty()
                ? null
                : DailyTotalsChart.json(
                        getSummary().log().dailyTotals(),
                        getSummary().thresholds().lowBelowMl(),
                        getSummary().thresholds().fullAtOrAboveMl(),
                        new DailyTotalsChart.Labels(
                                BundleMessages.text("pumping.chart.perDay"),
                                BundleMessages.text("pumping.chart.low"),
                                BundleMessages.text("pumping.chart.full"),
                                BundleMessages.text("pumping.chart.axis")));
    }

    public PumpType[] getPumpTypes() {
        return PumpType.values();
    }

    public PumpingPurposeType[] getPurposes() {
        return PumpingPurposeType.values();
    }

    public LocalDateTime getNow() {
        return LocalDateTime.now(clock);
    }

    public PumpingEntry getNewEntry() {
        return newEntry;
    }

    public PumpingPurposeType getPurpose() {
        return purpose;
    }

    public void setPurpose(PumpingPurposeType purpose) {
        this.purpose = purpose;
    }

    public boolean isConflict() {
        return conflict;
    }

    public PumpingEntry getVoiding() {
        return voiding;
    }

    public String getVoidReason() {
        return voidReason;
    }

    public void setVoidReason(String voidReason) {
        this.voidReason = voidReason;
    }

    public UUID getMotherUuid() {
        return motherUuid;
    }

    public void setMotherUuid(UUID motherUuid) {
        this.motherUuid = motherUuid;
    }
}
