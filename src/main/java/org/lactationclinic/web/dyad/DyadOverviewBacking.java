package org.lactationclinic.web.dyad;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lactationclinic.application.ConsultationService;
import org.lactationclinic.application.FamilyProgressService;
import org.lactationclinic.domain.consultation.Consultation;
import org.lactationclinic.domain.dyad.Infant;
import org.lactationclinic.domain.dyad.InfantAge;
import org.lactationclinic.domain.dyad.Mother;
import org.lactationclinic.domain.pumping.PumpingLog;
import org.lactationclinic.domain.shared.ConsultationFlag;
import org.lactationclinic.web.BundleMessages;
import org.lactationclinic.web.UserErrors;
import org.lactationclinic.web.ViewScopedPage;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * dyad/overview.xhtml: the mother, her infants with their ages and latest weights, the last visit at a glance (alerts,
 * referrals), progress across visits as charts, and her consultations, newest first.
 */
@Named
@ViewScoped
public class DyadOverviewBacking extends ViewScopedPage {

    @Inject
    private transient ConsultationService consultationService;

    @Inject
    private Clock clock;

    @Inject
    private transient FamilyProgressService progressService;

    private UUID motherUuid;
    private Mother mother;
    private List<Consultation> consultations;
    private LocalDateTime now;
    private UUID startedUuid;
    /**
     * Derived from the records and full of Optionals, which do not serialize: not carried with the session to another
     * server (issue 16) but read again there, on first use, by {@link #progress()}.
     */
    private transient FamilyProgressService.FamilyProgress progress;

    private Map<UUID, String> weightCharts;
    private String scoresChartJson;
    private String pumpingChartJson;

    public void load() {
        // The mother, her babies' weights, her consultations, consent and pumping, in one read that audits the view.
        FamilyProgressService.FamilyProgress read = UserErrors.loadOrNotFound(() -> progressService.view(motherUuid));
        if (read == null) {
            return;
        }
        Mother found = read.mother();
        // all or nothing: the page shows only a bean whose every field is set (see isLoaded)
        progress = read;
        List<Consultation> listed = progress.consultations();
        weightCharts = new HashMap<>();
        progress.infants()
                .forEach(infant -> GrowthChart.weightForAgeJson(
                                infant.infant().getSex(),
                                InfantGrowthBacking.chartPoints(infant.history()),
                                InfantGrowthBacking.labels())
                        .ifPresent(json -> weightCharts.put(infant.infant().getUuid(), json)));
        scoresChartJson = VisitScoresChart.json(
                        progress.visits(),
                        new VisitScoresChart.Labels(
                                BundleMessages.text("dyad_overview.chart.latch"),
                                BundleMessages.text("dyad_overview.chart.pain"),
                                BundleMessages.text("dyad_overview.chart.epds"),
                                BundleMessages.text("dyad_overview.chart.scoreAxis"),
                                BundleMessages.text("dyad_overview.chart.epdsAxis")))
                .orElse(null);
        List<PumpingLog.DailyTotal> days = progress.pumpingDays();
        pumpingChartJson = days.isEmpty()
                ? null
                : DailyTotalsChart.json(
                        days,
                        progress.pumpingThresholds().lowBelowMl(),
                        progress.pumpingThresholds().fullAtOrAboveMl(),
                        new DailyTotalsChart.Labels(
                                BundleMessages.text("pumping.chart.perDay"),
                                BundleMessages.text("pumping.chart.low"),
                                BundleMessages.text("pumping.chart.full"),
                                BundleMessages.text("pumping.chart.axis")));
        now = LocalDateTime.now(clock);
        consultations = listed;
        mother = found;
    }

    /** Whether the page has what it shows; layout.xhtml shows a message instead when it has not. */
    public boolean isLoaded() {
        return mother != null;
    }

    /**
     * Starts one draft from this page, however many times the button is pressed: a double-click's second request waits
     * for the first (the lock is the page's bean, which both share) and is sent to the same draft.
     *
     * <p>It redirects by itself rather than by returning an outcome: Faces' navigation to another view ends this page's
     * view and its beans, and a second press that the server handles after the first one has finished would then find a
     * new, empty bean and a page that did not load. Redirected this way, the page's bean stays (until the session's
     * view limit drops it), with the draft it started.
     */
    public synchronized void startConsultation() throws IOException {
        // The draft this page started, while it is one: after Back to this page, a signed or voided one is not reused.
        if (startedUuid == null || !consultationService.get(startedUuid).isEditable()) {
            Consultation[] started = new Consultation[1];
            if (!UserErrors.attempt(() -> started[0] = consultationService.start(mother.getUuid()))
                    .isDone()) {
                return;
            }
            startedUuid = started[0].getUuid();
            Messages.addFlashGlobalInfo("consultation_edit.message.info.started");
        }
        Faces.redirect("consultation/edit.xhtml?consultation=%s", startedUuid);
    }

    public InfantAge ageOf(Infant infant) {
        return infant.ageAt(now);
    }

    public int getMotherAgeYears() {
        return mother.ageInYearsOn(now.toLocalDate());
    }

    public FamilyProgressService.FamilyProgress getProgress() {
        return progress();
    }

    private FamilyProgressService.FamilyProgress progress() {
        if (progress == null && mother != null) {
            progress = progressService.progress(mother.getUuid());
        }
        return progress;
    }

    /** The baby's WHO weight-for-age chart, or null before any weight. */
    public String weightChart(Infant infant) {
        return weightCharts.get(infant.getUuid());
    }

    /** The baby's latest weight and trend, or null before any weight (EL reads no Optional). */
    public FamilyProgressService.Latest latestOf(Infant infant) {
        return progress().infants().stream()
                .filter(p -> p.infant().getUuid().equals(infant.getUuid()))
                .findFirst()
                .flatMap(FamilyProgressService.InfantProgress::latest)
                .orElse(null);
    }

    /** The last visit at a glance, or null before the first. */
    public FamilyProgressService.LastVisit getLastVisit() {
        return progress().lastVisit().orElse(null);
    }

    public String getScoresChartJson() {
        return scoresChartJson;
    }

    public String getPumpingChartJson() {
        return pumpingChartJson;
    }

    public String flagText(ConsultationFlag flag) {
        return BundleMessages.text(flag.flagKey(), flag.detail());
    }

    public Mother getMother() {
        return mother;
    }

    public List<Consultation> getConsultations() {
        return consultations;
    }

    public UUID getMotherUuid() {
        return motherUuid;
    }

    public void setMotherUuid(UUID motherUuid) {
        this.motherUuid = motherUuid;
    }
}
