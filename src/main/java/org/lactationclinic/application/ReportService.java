package org.lactationclinic.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.lactationclinic.domain.audit.AuditActionType;
import org.lactationclinic.domain.audit.AuditRecordType;
import org.lactationclinic.domain.reporting.ExportFile;
import org.lactationclinic.domain.reporting.ExportFormatType;
import org.lactationclinic.domain.reporting.ReportCriteria;
import org.lactationclinic.domain.reporting.ReportResults.ActivityRow;
import org.lactationclinic.domain.reporting.ReportResults.BandChangeRow;
import org.lactationclinic.domain.reporting.ReportResults.BirthWeightRecoveryResult;
import org.lactationclinic.domain.reporting.ReportResults.CountRow;
import org.lactationclinic.domain.reporting.ReportResults.FeedingStatusAtCheck;
import org.lactationclinic.domain.reporting.ReportResults.WellbeingResult;
import org.lactationclinic.domain.reporting.ReportTable;
import org.lactationclinic.domain.reporting.ScoreChange;
import org.lactationclinic.domain.settings.ClinicThresholds;
import org.lactationclinic.domain.staff.RoleType;
import org.lactationclinic.domain.staff.StaffName;
import org.lactationclinic.infrastructure.export.ReportExporter;
import org.lactationclinic.infrastructure.repository.ClinicSettingRepository;
import org.lactationclinic.infrastructure.repository.ReportRepository;
import org.lactationclinic.infrastructure.repository.StaffRepository;
import org.lactationclinic.infrastructure.repository.report.ReasonsQueries;

/**
 * The clinic reports (admins only): activity, reasons, outcomes, well-being, and their exports. Each report is a
 * handful of aggregate queries ({@link ReportRepository}) over the chosen period and consultant; the definitions are in
 * {@code domain.reporting}. Thresholds a report applies (EPDS referral cut-off, pumping bands) are the clinic's
 * settings in force when the report runs.
 */
@Stateless
@RolesAllowed(RoleType.ADMIN_ROLE)
public class ReportService {

    /** The reasons report's key for the reasons a consultant wrote in, for the page's label. */
    public static final String OTHER_REASON = ReasonsQueries.OTHER_REASON;

    @Inject
    private ReportRepository reports;

    @Inject
    private ClinicSettingRepository settings;

    @Inject
    private StaffRepository staff;

    @Inject
    private ReportExporter exporter;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private ExecutorService executor;

    /** Referrals made in the care plans, by destination and urgency. */
    public record ReferralSection(List<CountRow> rows) {}

    public record ReasonsReport(
            List<CountRow> visitReasons,
            List<CountRow> supplyConcerns,
            List<CountRow> flags,
            ReferralSection referrals) {}

    public record OutcomesReport(
            List<FeedingStatusAtCheck> feedingStatus,
            BirthWeightRecoveryResult birthWeight,
            ScoreChange latch,
            ScoreChange btat,
            ScoreChange pain,
            List<BandChangeRow> pumpingBands) {}

    /** @param itemTenReferred consultations with an item-10 alert whose care plan made a MENTAL_HEALTH referral */
    public record WellbeingReport(WellbeingResult screening, long itemTenReferred) {}

    /**
     * The staff who can be chosen in the consultant filter: every account, disabled ones too (their past work counts).
     */
    public List<StaffName> consultants() {
        return staff.names();
    }

    public List<ActivityRow> activity(@NotNull ReportCriteria criteria) {
        return reports.activity(criteria);
    }

    public ReasonsReport reasons(@NotNull ReportCriteria criteria) {
        return new ReasonsReport(
                reports.visitReasons(criteria),
                reports.supplyConcerns(criteria),
                reports.flags(criteria),
                referrals(criteria));
    }

    /** The referral section of the reasons report on its own. */
    public ReferralSection referrals(@NotNull ReportCriteria criteria) {
        return new ReferralSection(reports.referrals(criteria));
    }

    /**
     * The outcomes' two heavy queries read different rows (the infants born in the checks' ranges; the period's
     * observed feeds), so the infants' outcomes run on a second connection while this thread counts the score changes
     * and pumping bands: H2 runs a query on one core, and on the generated 250,000-consultation clinic each takes about
     * as long as the other (docs/performance.md). Read-only, so the second connection needs no part in this
     * transaction.
     */
    public OutcomesReport outcomes(@NotNull ReportCriteria criteria) {
        ClinicThresholds thresholds = ClinicThresholds.from(settings.saved());
        Future<ReportRepository.InfantOutcomes> infantsAside = executor.submit(() -> reports.infantOutcomes(criteria));
        try {
            ReportRepository.ScoreChanges changes = reports.scoreChanges(criteria);
            List<BandChangeRow> pumping = reports.pumpingBandChanges(criteria, thresholds.pumping());
            ReportRepository.InfantOutcomes infants = resultOf(infantsAside);
            return new OutcomesReport(
                    infants.feedingStatuses(),
                    infants.birthWeight(),
                    changes.latch(),
                    changes.btat(),
                    changes.pain(),
                    pumping);
        } finally {
            infantsAside.cancel(true); // a no-op once done; stops the query aside when this thread failed
        }
    }

    /** How long the query aside may take before the report gives up (as long as a page request may). */
    private static final Duration ASIDE_TIMEOUT = Duration.ofMinutes(2);

    private static <T> T resultOf(Future<T> aside) {
        try {
            return aside.get(ASIDE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("A report query took longer than " + ASIDE_TIMEOUT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the report was counted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure
                    ? failure
                    : new IllegalStateException("A report query failed", e.getCause());
        }
    }

    public WellbeingReport wellbeing(@NotNull ReportCriteria criteria) {
        int cutOff = ClinicThresholds.from(settings.saved()).epds().referralAtOrAbove();
        Long referred = reports.itemTenWithMentalHealthReferral(criteria);
        return new WellbeingReport(reports.wellbeing(criteria, cutOff), referred);
    }

    /**
     * Every report export goes through here, and only here: the one place the audit trail records who exported which
     * report, when, in which format and how many rows. The table is what the admin has on screen, so what she downloads
     * is what she saw.
     */
    public ExportFile export(@NotNull ReportTable table, @NotNull ExportFormatType format) {
        ExportFile file = exporter.export(table, format, LocalDate.now(clock));
        audit.record(
                AuditActionType.EXPORT,
                AuditRecordType.REPORT,
                null,
                table.report() + ", " + format + ", " + file.rows() + " rows");
        return file;
    }
}
