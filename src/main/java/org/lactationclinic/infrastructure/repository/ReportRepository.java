package org.lactationclinic.infrastructure.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import org.lactationclinic.domain.pumping.PumpingThresholds;
import org.lactationclinic.domain.reporting.ReportCriteria;
import org.lactationclinic.domain.reporting.ReportResults.ActivityRow;
import org.lactationclinic.domain.reporting.ReportResults.BandChangeRow;
import org.lactationclinic.domain.reporting.ReportResults.BirthWeightRecoveryResult;
import org.lactationclinic.domain.reporting.ReportResults.CountRow;
import org.lactationclinic.domain.reporting.ReportResults.FeedingStatusAtCheck;
import org.lactationclinic.domain.reporting.ReportResults.WellbeingResult;
import org.lactationclinic.domain.reporting.ScoreChange;
import org.lactationclinic.infrastructure.repository.report.ActivityQuery;
import org.lactationclinic.infrastructure.repository.report.InfantOutcomesQuery;
import org.lactationclinic.infrastructure.repository.report.PumpingBandsQuery;
import org.lactationclinic.infrastructure.repository.report.ReasonsQueries;
import org.lactationclinic.infrastructure.repository.report.ReportStatement;
import org.lactationclinic.infrastructure.repository.report.ScoreChangesQuery;
import org.lactationclinic.infrastructure.repository.report.WellbeingQueries;

/**
 * The clinic reports' numbers, each counted by one aggregate query in the database (GROUP BY, COUNT, window functions;
 * plain SQL that H2 2.x and PostgreSQL both run), never by loading entities. Each report's SQL and the reading of its
 * rows live in a class of their own in {@code infrastructure.repository.report} (activity, reasons, infant outcomes,
 * score changes, pumping bands, well-being); this class only runs a report's statement and hands the rows back to the
 * class that wrote it. The definitions the queries follow are in {@code domain.reporting}. Every query leaves voided
 * consultations (and voided findings, infants and pumping entries) out, and starts from an indexed column: consultation
 * (started_at) or (consultant_id, started_at), infant (birth_date_time), infant_findings (infant_id, weighed_at),
 * pumping_entry (mother_id, started_at); V15's indexes hold the columns read.
 *
 * <p><b>Derived tables, never CTEs.</b> H2 answers a repeated statement whose parameter sits in a CTE that another CTE
 * or a derived table reads with its previous result, even for a new period (the score changes of a 3-day period came
 * back with the year's), and it evaluates a CTE again for every reference. The queries therefore nest derived tables;
 * {@code ReportQueriesOnH2Test} runs each for two periods on one connection.
 *
 * <p>The consultant filter, when set, keeps the consultations of that consultant; for the outcomes it keeps the infants
 * (or, for pumping, the mothers) that consultant has seen. Each query class gives its statement, so the benchmark
 * (src/test/bench/reports.sh) times exactly what the application runs.
 */
@ApplicationScoped
public class ReportRepository {

    @PersistenceContext(unitName = "clinic")
    private EntityManager em;

    /** The feeding status at each check (in the order of {@code OutcomeCheckType}) and the birth-weight recovery. */
    public record InfantOutcomes(List<FeedingStatusAtCheck> feedingStatuses, BirthWeightRecoveryResult birthWeight) {}

    /** The LATCH total, BTAT total and nipple pain changes: {@link ScoreChangesQuery}. */
    public record ScoreChanges(ScoreChange latch, ScoreChange btat, ScoreChange pain) {}

    /** {@link ActivityQuery}. */
    public List<ActivityRow> activity(ReportCriteria criteria) {
        return ActivityQuery.read(rows(ActivityQuery.statement(criteria)));
    }

    /** {@link ReasonsQueries#visitReasons}. */
    public List<CountRow> visitReasons(ReportCriteria criteria) {
        return ReasonsQueries.readMentions(rows(ReasonsQueries.visitReasons(criteria)));
    }

    /** {@link ReasonsQueries#supplyConcerns}. */
    public List<CountRow> supplyConcerns(ReportCriteria criteria) {
        return ReasonsQueries.readMentions(rows(ReasonsQueries.supplyConcerns(criteria)));
    }

    /** {@link ReasonsQueries#flags}. */
    public List<CountRow> flags(ReportCriteria criteria) {
        return ReasonsQueries.readFlags(rows(ReasonsQueries.flags(criteria)));
    }

    /** {@link ReasonsQueries#referrals}. */
    public List<CountRow> referrals(ReportCriteria criteria) {
        return ReasonsQueries.readReferrals(rows(ReasonsQueries.referrals(criteria)));
    }

    /** {@link InfantOutcomesQuery}: one row. */
    public InfantOutcomes infantOutcomes(ReportCriteria criteria) {
        Object[] row = rows(InfantOutcomesQuery.statement(criteria)).getFirst();
        return new InfantOutcomes(InfantOutcomesQuery.feedingStatuses(row), InfantOutcomesQuery.birthWeight(row));
    }

    /** {@link ScoreChangesQuery}: one row. */
    public ScoreChanges scoreChanges(ReportCriteria criteria) {
        Object[] row = rows(ScoreChangesQuery.statement(criteria)).getFirst();
        return new ScoreChanges(ScoreChangesQuery.latch(row), ScoreChangesQuery.btat(row), ScoreChangesQuery.pain(row));
    }

    /** {@link PumpingBandsQuery}. */
    public List<BandChangeRow> pumpingBandChanges(ReportCriteria criteria, PumpingThresholds thresholds) {
        return PumpingBandsQuery.read(rows(PumpingBandsQuery.statement(criteria, thresholds)));
    }

    /** {@link WellbeingQueries#screening}: one row. */
    public WellbeingResult wellbeing(ReportCriteria criteria, int cutOff) {
        return WellbeingQueries.readScreening(
                rows(WellbeingQueries.screening(criteria, cutOff)).getFirst(), cutOff);
    }

    /** {@link WellbeingQueries#itemTenReferred}: one row. */
    public long itemTenWithMentalHealthReferral(ReportCriteria criteria) {
        return WellbeingQueries.readItemTenReferred(
                rows(WellbeingQueries.itemTenReferred(criteria)).getFirst());
    }

    /** The statement's rows, each as an array of columns (a one-column row too). */
    private List<Object[]> rows(ReportStatement statement) {
        Query nativeQuery = em.createNativeQuery(statement.text());
        statement.parameters().forEach(nativeQuery::setParameter);
        List<Object[]> rows = new ArrayList<>();
        for (Object row : nativeQuery.getResultList()) {
            rows.add(row instanceof Object[] columns ? columns : new Object[] {row});
        }
        return rows;
    }
}
