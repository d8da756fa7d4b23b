package org.lactationclinic.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.lactationclinic.application.ReferralOutcomeService.ReferralLine;
import org.lactationclinic.domain.audit.AuditActionType;
import org.lactationclinic.domain.audit.AuditRecordType;
import org.lactationclinic.domain.breast.BreastFindings;
import org.lactationclinic.domain.careplan.Referral;
import org.lactationclinic.domain.charting.FeedObservation;
import org.lactationclinic.domain.consent.MotherConsent;
import org.lactationclinic.domain.consultation.Consultation;
import org.lactationclinic.domain.consultation.InfantFindings;
import org.lactationclinic.domain.consultation.WeightHistory;
import org.lactationclinic.domain.dyad.Infant;
import org.lactationclinic.domain.dyad.Mother;
import org.lactationclinic.domain.pumping.PumpingContext;
import org.lactationclinic.domain.pumping.PumpingLog;
import org.lactationclinic.domain.pumping.PumpingThresholds;
import org.lactationclinic.domain.settings.ClinicThresholds;
import org.lactationclinic.domain.shared.ConsultationFlag;
import org.lactationclinic.domain.shared.RecordNotFoundException;
import org.lactationclinic.domain.staff.RoleType;
import org.lactationclinic.infrastructure.repository.ClinicSettingRepository;
import org.lactationclinic.infrastructure.repository.ConsentRepository;
import org.lactationclinic.infrastructure.repository.ConsultationRepository;
import org.lactationclinic.infrastructure.repository.MotherRepository;
import org.lactationclinic.infrastructure.repository.PumpingRepository;

/**
 * The family page at a glance and its progress across visits (issues 12 and 13): each baby's latest weight and its
 * trend, the last visit's summary, its alerts and referrals, per visit the LATCH, pain and EPDS scores, her consent and
 * her pumping log's daily totals. One read, in one transaction, so the page shows one consistent moment; {@link #view}
 * records the view in the same transaction.
 *
 * <p>The view's audit row is appended last, after the read: the audit chain's lock is then held only for the append and
 * the commit (which check the entities read for changes, a fraction of a millisecond), never during the read.
 */
@Stateless
@RolesAllowed(RoleType.CONSULTANT_ROLE)
public class FamilyProgressService {

    /** A baby's weights (with WHO z-scores) and how the last two compare. */
    public record InfantProgress(Infant infant, WeightHistory history, Optional<Latest> latest) {}

    /**
     * The latest weight, and the grams per day since the weighing before it (null with a single weighing, or two on the
     * same day); before any second weighing, the change since birth is the trend.
     */
    public record Latest(int weightGrams, LocalDateTime weighedAt, Integer gramsPerDay, int changeFromBirthGrams) {}

    /**
     * One visit's scores: the lowest LATCH of its observed feeds (the feed that worried her), the highest nipple pain
     * recorded on a feed or in the breast findings, and the EPDS total; each empty when not recorded.
     */
    public record VisitScores(
            LocalDate date, Optional<Integer> lowestLatch, Optional<Integer> highestPain, Optional<Integer> epds) {}

    /** The last visit, what it raised and what it referred. */
    public record LastVisit(
            Consultation consultation,
            List<ConsultationFlag> referralFlags,
            List<Referral> referrals,
            boolean urgentEpds,
            int flagCount) {}

    /**
     * @param consultations the mother's consultations, newest first, voided ones left out (the family page's list)
     * @param referrals the referrals of her signed consultations, with whether they took place ({@link ReferralLines})
     * @param consent her consent as it stands (the page's consent section)
     * @param pumpingDays her pumping log's daily totals, oldest first (the page's pumping chart)
     * @param pumpingThresholds the clinic's low and full daily volumes, drawn on that chart
     */
    public record FamilyProgress(
            Mother mother,
            List<InfantProgress> infants,
            List<VisitScores> visits,
            Optional<LastVisit> lastVisit,
            List<Consultation> consultations,
            List<ReferralLine> referrals,
            MotherConsent consent,
            List<PumpingLog.DailyTotal> pumpingDays,
            PumpingThresholds pumpingThresholds) {}

    @Inject
    private MotherRepository mothers;

    @Inject
    private ConsultationRepository consultations;

    @Inject
    private WeightHistories weightHistories;

    @Inject
    private ReferralLines referralLines;

    @Inject
    private ConsentRepository consentDecisions;

    @Inject
    private PumpingRepository pumpingEntries;

    @Inject
    private ClinicSettingRepository settings;

    @Inject
    private AuditTrail audit;

    /**
     * The family page's view: everything it shows, read in one transaction that also records the view in the audit
     * trail (one call through the EJB container and one transaction per view, where the page's consent, pumping chart
     * and audit made three more; issue 12).
     */
    public FamilyProgress view(@NotNull UUID motherUuid) {
        FamilyProgress progress = progress(motherUuid);
        audit.record(AuditActionType.VIEW, AuditRecordType.MOTHER, motherUuid, "overview");
        return progress;
    }

    /** The same read without recording a view: the page reads it again on another server after a failover. */
    public FamilyProgress progress(@NotNull UUID motherUuid) {
        Mother mother = mothers.findByUuid(motherUuid)
                .filter(found -> !found.isVoided())
                .orElseThrow(() -> new RecordNotFoundException("Mother", motherUuid));
        ClinicThresholds thresholds = ClinicThresholds.from(settings.saved());
        List<InfantProgress> infants = mother.getActiveInfants().stream()
                .map(infant -> progressOf(weightHistories.of(infant, thresholds.weight())))
                .toList();
        // Before her consultations are loaded: each query first checks every entity loaded so far for changes to flush.
        MotherConsent consent = MotherConsent.of(consentDecisions.decisionsOf(mother));
        PumpingLog pumping =
                PumpingContext.of(mother, pumpingEntries.entriesOf(mother)).log();
        List<Consultation> newestFirst = consultations.listForMother(mother);
        List<Consultation> visits = new ArrayList<>(newestFirst);
        visits.sort(Comparator.comparing(Consultation::getStartedAt));
        List<VisitScores> scores =
                visits.stream().map(FamilyProgressService::scoresOf).toList();
        Optional<LastVisit> last = visits.isEmpty() ? Optional.empty() : Optional.of(lastVisitOf(visits.getLast()));
        return new FamilyProgress(
                mother,
                infants,
                scores,
                last,
                List.copyOf(newestFirst),
                referralLines.of(mother, newestFirst),
                consent,
                pumping.dailyTotals(),
                thresholds.pumping());
    }

    private static InfantProgress progressOf(WeightHistory history) {
        List<WeightHistory.Row> rows = history.rows();
        if (rows.isEmpty()) {
            return new InfantProgress(history.infant(), history, Optional.empty());
        }
        WeightHistory.Row latest = rows.getLast();
        Integer perDay = null;
        if (rows.size() > 1) {
            WeightHistory.Row before = rows.get(rows.size() - 2);
            long days = ChronoUnit.DAYS.between(
                    before.weighedAt().toLocalDate(), latest.weighedAt().toLocalDate());
            if (days > 0) {
                perDay = Math.round(
                        (latest.point().weightGrams() - before.point().weightGrams()) / (float) days);
            }
        }
        return new InfantProgress(
                history.infant(),
                history,
                Optional.of(new Latest(
                        latest.point().weightGrams(),
                        latest.weighedAt(),
                        perDay,
                        latest.point().weightGrams() - history.infant().getBirthWeightGrams())));
    }

    private static VisitScores scoresOf(Consultation visit) {
        List<FeedObservation> feeds = visit.getFindings().stream()
                .filter(findings -> !findings.isVoided())
                .map(InfantFindings::getFeeds)
                .flatMap(List::stream)
                .toList();
        Optional<Integer> latch = feeds.stream()
                .map(FeedObservation::getLatchTotal)
                .filter(Objects::nonNull)
                .min(Integer::compare);
        Optional<Integer> pain = Stream.concat(
                        feeds.stream().map(FeedObservation::getNipplePain),
                        visit.motherFindings().getBreasts().stream().map(BreastFindings::getNipplePain))
                .filter(Objects::nonNull)
                .max(Integer::compare);
        return new VisitScores(
                visit.getStartedAt().toLocalDate(),
                latch,
                pain,
                Optional.ofNullable(visit.getWellbeing().getEpdsTotal()));
    }

    private static LastVisit lastVisitOf(Consultation visit) {
        List<ConsultationFlag> referralFlags =
                visit.getFlags().stream().filter(ConsultationFlag::referral).toList();
        return new LastVisit(
                visit,
                referralFlags,
                List.copyOf(visit.carePlan().getReferrals()),
                visit.getWellbeing().screening().isSelfHarmPositive(),
                visit.getFlags().size());
    }
}
