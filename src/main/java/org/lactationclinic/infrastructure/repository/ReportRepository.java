package org.lactationclinic.infrastructure.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lactationclinic.domain.charting.FeedingStatusType;
import org.lactationclinic.domain.consultation.ConsultationType;
import org.lactationclinic.domain.pumping.PumpingThresholds;
import org.lactationclinic.domain.pumping.VolumeBandType;
import org.lactationclinic.domain.reporting.BirthWeightRecovery;
import org.lactationclinic.domain.reporting.OutcomeCheckType;
import org.lactationclinic.domain.reporting.ReportCriteria;
import org.lactationclinic.domain.reporting.ReportResults.ActivityRow;
import org.lactationclinic.domain.reporting.ReportResults.BandChangeRow;
import org.lactationclinic.domain.reporting.ReportResults.BirthWeightRecoveryResult;
import org.lactationclinic.domain.reporting.ReportResults.CountRow;
import org.lactationclinic.domain.reporting.ReportResults.FeedingStatusAtCheck;
import org.lactationclinic.domain.reporting.ReportResults.WellbeingResult;
import org.lactationclinic.domain.reporting.ScoreChange;
import org.lactationclinic.domain.wellbeing.EpdsItemType;

/**
 * The clinic reports' numbers, each counted by one aggregate query in the database (GROUP BY, COUNT, window functions;
 * plain SQL that H2 2.x and PostgreSQL both run), never by loading entities. The definitions the queries follow are in
 * {@code domain.reporting}. Every query leaves voided consultations (and voided findings, infants and pumping entries)
 * out, and starts from an indexed column: consultation (started_at) or (consultant_id, started_at), infant
 * (birth_date_time), infant_findings (infant_id, weighed_at), pumping_entry (mother_id, started_at); V15's indexes hold
 * the columns read.
 *
 * <p><b>Derived tables, never CTEs.</b> H2 answers a repeated statement whose parameter sits in a CTE that another CTE
 * or a derived table reads with its previous result, even for a new period (the score changes of a 3-day period came
 * back with the year's), and it evaluates a CTE again for every reference. The queries therefore nest derived tables;
 * {@code ReportQueriesOnH2Test} runs each for two periods on one connection.
 *
 * <p>The consultant filter, when set, keeps the consultations of that consultant; for the outcomes it keeps the infants
 * (or, for pumping, the mothers) that consultant has seen. {@link #sql} holds each query's text so the benchmark
 * (src/test/bench/reports.sh) times exactly what the application runs.
 */
@ApplicationScoped
public class ReportRepository {

    @PersistenceContext(unitName = "clinic")
    private EntityManager em;

    /** The queries' texts, by report, with their parameters: for the benchmark. */
    public enum ReportQuery {
        ACTIVITY,
        VISIT_REASONS,
        SUPPLY_CONCERNS,
        FLAGS,
        REFERRALS,
        INFANT_OUTCOMES,
        SCORE_CHANGES,
        PUMPING_BANDS,
        WELLBEING,
        ITEM_TEN_REFERRED
    }

    // ---- activity ----------------------------------------------------------------------------------------

    public List<ActivityRow> activity(ReportCriteria criteria) {
        List<ActivityRow> rows = new ArrayList<>();
        for (Object[] row : rows(ReportQuery.ACTIVITY, criteria, null)) {
            rows.add(new ActivityRow(
                    date(row[0]),
                    number(row[1]),
                    (String) row[2],
                    ConsultationType.valueOf((String) row[3]),
                    number(row[4]),
                    number(row[5])));
        }
        return rows;
    }

    /**
     * One pass over the consultations of the mothers seen in the period (all their consultations, so that the first one
     * ever is known): {@code row_number()} per mother marks her first, then the period's rows are grouped. Written
     * without {@code IN (subquery)} and without joining an aggregated derived table from the outside: H2 re-evaluates
     * both for every row (seconds on a few thousand consultations), while a derived table that drives the join is read
     * once.
     */
    private static String activitySql(ReportCriteria criteria) {
        String bucket = ReportSql.periodStart("x.started_at", criteria.interval());
        String consultant = criteria.consultantId() == null ? "" : "and x.consultant_id = :consultant";
        return """
                select %s as bucket, x.consultant_id, s.full_name, x.type, count(*) as consultations,
                       sum(case when x.visit = 1 then 1 else 0 end) as new_mothers
                from (
                  select c.consultant_id, c.type, c.started_at,
                         row_number() over (partition by c.mother_id order by c.started_at, c.id) as visit
                  from (
                    select distinct p.mother_id from consultation p
                    where p.voided = false and p.started_at >= :from and p.started_at < :to %s
                  ) m
                  join consultation c on c.mother_id = m.mother_id
                  where c.voided = false
                ) x
                join staff_user s on s.id = x.consultant_id
                where x.started_at >= :from and x.started_at < :to %s
                group by %s, x.consultant_id, s.full_name, x.type
                order by bucket, s.full_name, x.type
                """.formatted(
                bucket, criteria.consultantId() == null ? "" : "and p.consultant_id = :consultant", consultant, bucket);
    }

    // ---- reasons -----------------------------------------------------------------------------------------

    /**
     * The reason for the visit (or the key {@value #OTHER_REASON} for "other"), mentioned how often, for how many
     * mothers.
     */
    public static final String OTHER_REASON = "OTHER";

    /**
     * Reasons for the visit of the period's consultations (clinical-reference.md, section 7), counted as entered: a
     * visit with three reasons counts three times; "other" counts once per visit that wrote one.
     */
    public List<CountRow> visitReasons(ReportCriteria criteria) {
        return rows(ReportQuery.VISIT_REASONS, criteria, null).stream()
                .map(row -> new CountRow((String) row[0], "", number(row[1]), 0, number(row[2])))
                .toList();
    }

    /** Supply-concern categories recorded at the consultations of the period. */
    public List<CountRow> supplyConcerns(ReportCriteria criteria) {
        return rows(ReportQuery.SUPPLY_CONCERNS, criteria, null).stream()
                .map(row -> new CountRow((String) row[0], "", number(row[1]), 0, number(row[2])))
                .toList();
    }

    /** Flags raised (stored with the consultations of the period), with how many of them called for a referral. */
    public List<CountRow> flags(ReportCriteria criteria) {
        return rows(ReportQuery.FLAGS, criteria, null).stream()
                .map(row -> new CountRow((String) row[0], "", number(row[1]), number(row[2]), number(row[3])))
                .toList();
    }

    /**
     * Referrals made in the care plans of the period's consultations, by destination and urgency. Reads the care plan's
     * {@code care_plan_referral}.
     */
    public List<CountRow> referrals(ReportCriteria criteria) {
        return rows(ReportQuery.REFERRALS, criteria, null).stream()
                .map(row -> new CountRow((String) row[0], (String) row[1], number(row[2]), 0, number(row[3])))
                .toList();
    }

    // ---- outcomes ----------------------------------------------------------------------------------------

    /** The feeding status at each check (in the order of {@link OutcomeCheckType}) and the birth-weight recovery. */
    public record InfantOutcomes(List<FeedingStatusAtCheck> feedingStatuses, BirthWeightRecoveryResult birthWeight) {}

    /**
     * {@link OutcomeCheckType} and {@link BirthWeightRecovery}: the infants due each check in the period with their
     * feeding status there, and of those due the two-week check, how many were weighed on days 10-21 and how many were
     * back to birth weight by day 14. One query, read as one row: see {@link #infantOutcomesSql}.
     */
    public InfantOutcomes infantOutcomes(ReportCriteria criteria) {
        Object[] row = rows(ReportQuery.INFANT_OUTCOMES, criteria, null).getFirst();
        int column = 0;
        List<FeedingStatusAtCheck> statuses = new ArrayList<>();
        for (OutcomeCheckType check : OutcomeCheckType.values()) {
            long due = number(row[column++]);
            Map<FeedingStatusType, Long> byStatus = new EnumMap<>(FeedingStatusType.class);
            for (FeedingStatusType status : FeedingStatusType.values()) {
                byStatus.put(status, number(row[column++]));
            }
            long known = byStatus.values().stream().mapToLong(Long::longValue).sum();
            statuses.add(new FeedingStatusAtCheck(
                    check,
                    byStatus.get(FeedingStatusType.EXCLUSIVE),
                    byStatus.get(FeedingStatusType.PARTIAL),
                    byStatus.get(FeedingStatusType.NONE),
                    due - known));
        }
        BirthWeightRecoveryResult birthWeight =
                new BirthWeightRecoveryResult(number(row[column]), number(row[column + 1]));
        return new InfantOutcomes(List.copyOf(statuses), birthWeight);
    }

    /**
     * One pass over the infants born in any check's birth range (parameters {@code :born_from_<check>} and
     * {@code :born_to_<check>} per check, {@code :born_from} and {@code :born_to} all of them) and their non-voided
     * consultations with the infant's findings there; per infant:
     *
     * <ul>
     *   <li>when the clinic (or the chosen consultant, :consultant) first saw the infant: an infant is due a check only
     *       if seen before the check's window closed;
     *   <li>per check, the feeding status of the latest consultation in the window (any consultant's), taken as the
     *       greatest {@link ReportSql#visitKey}, a grouped aggregate where a window function would need a sort per
     *       check;
     *   <li>whether the infant was weighed on days 10-21, and at or above birth weight by day 14.
     * </ul>
     *
     * The outer select counts, per check, the infants due and each status (unknown = due minus those), then the two
     * birth-weight counts among those due the two-week check. The infants, consultations and findings are read once for
     * all (it used to be four passes: the cohorts and the statuses, then the cohort and the weights).
     */
    private static String infantOutcomesSql(ReportCriteria criteria) {
        String seen = criteria.consultantId() == null
                ? "c.started_at"
                : "case when c.consultant_id = :consultant then c.started_at end";
        StringBuilder perInfant = new StringBuilder();
        StringBuilder counts = new StringBuilder();
        for (OutcomeCheckType check : OutcomeCheckType.values()) {
            String status = "status_" + check.ordinal();
            perInfant.append(",\n    max(case when f.feeding_status is not null and %s then %s end) as %s"
                    .formatted(
                            window("c.started_at", check.firstDay(), check.lastDay()),
                            ReportSql.visitKey("c.started_at", "c.id", "f.feeding_status"),
                            status));
            String due = due(check);
            counts.append(counts.isEmpty() ? "" : ",\n  ").append("sum(case when %s then 1 else 0 end)".formatted(due));
            for (FeedingStatusType value : FeedingStatusType.values()) {
                counts.append(",\n  sum(case when %s and %s = '%s' then 1 else 0 end)"
                        .formatted(due, ReportSql.valueOfVisitKey(status), value.name()));
            }
        }
        String twoWeeks = due(OutcomeCheckType.TWO_WEEKS);
        return """
                select
                  %s,
                  sum(case when %s then followed else 0 end),
                  sum(case when %s and followed = 1 then back else 0 end)
                from (
                  select i.id, i.birth_date_time as born_at, min(%s) as first_seen%s,
                    max(case when f.weight_grams is not null and %s then 1 else 0 end) as followed,
                    max(case when f.weight_grams is not null and f.weighed_at < %s and f.weight_grams >= i.birth_weight_grams
                        then 1 else 0 end) as back
                  from infant i
                  join consultation_infant ci on ci.infant_id = i.id
                  join consultation c on c.id = ci.consultation_id and c.voided = false
                  left join infant_findings f on f.consultation_id = c.id and f.infant_id = i.id and f.voided = false
                  where i.voided = false and i.birth_date_time >= :born_from and i.birth_date_time < :born_to
                  group by i.id, i.birth_date_time
                ) per_infant
                """.formatted(
                counts,
                twoWeeks,
                twoWeeks,
                seen,
                perInfant,
                window("f.weighed_at", BirthWeightRecovery.FOLLOW_UP_FIRST_DAY, BirthWeightRecovery.FOLLOW_UP_LAST_DAY),
                dayOfLifeStart("i.birth_date_time", BirthWeightRecovery.BY_DAY + 1));
    }

    /** The condition that a per_infant row is due the check: born in its range and seen before its window closed. */
    private static String due(OutcomeCheckType check) {
        return "(born_at >= :%s and born_at < :%s and first_seen < %s)"
                .formatted(bornFrom(check), bornTo(check), dayOfLifeStart("born_at", check.lastDay() + 1));
    }

    private static String bornFrom(OutcomeCheckType check) {
        return "born_from_" + check.name().toLowerCase(Locale.ROOT);
    }

    private static String bornTo(OutcomeCheckType check) {
        return "born_to_" + check.name().toLowerCase(Locale.ROOT);
    }

    /** The condition that a timestamp falls on days {@code firstDay} to {@code lastDay} of life of infant i. */
    private static String window(String column, int firstDay, int lastDay) {
        return "%s >= %s and %s < %s"
                .formatted(
                        column,
                        dayOfLifeStart("i.birth_date_time", firstDay),
                        column,
                        dayOfLifeStart("i.birth_date_time", lastDay + 1));
    }

    /** The first moment of a day of life: the birth date (day 0) plus the days. */
    private static String dayOfLifeStart(String birthDateTime, int day) {
        return "cast(" + birthDateTime + " as date) + " + ReportSql.days(day);
    }

    /** The LATCH total, BTAT total and nipple pain changes, from one query: {@link ScoreChanges}. */
    public ScoreChanges scoreChanges(ReportCriteria criteria) {
        Object[] row = rows(ReportQuery.SCORE_CHANGES, criteria, null).getFirst();
        return new ScoreChanges(
                scoreChange(row, 0, true),
                scoreChange(row, SCORE_CHANGE_COLUMNS, true),
                scoreChange(row, 2 * SCORE_CHANGE_COLUMNS, false));
    }

    /**
     * {@link ScoreChange}s, first to latest consultation in the period: the LATCH total and the BTAT total of each
     * baby, and the mother's nipple pain, the highest recorded anywhere in the consultation (either side of the breast
     * findings or any observed feed: clinical-reference.md, section 1, the nipple-pain rule), for each mother.
     */
    public record ScoreChanges(ScoreChange latch, ScoreChange btat, ScoreChange pain) {}

    /** The columns of one measure in the score-change row: {@link #changeColumns}. */
    private static final int SCORE_CHANGE_COLUMNS = 6;

    private static ScoreChange scoreChange(Object[] row, int at, boolean higherIsBetter) {
        long up = number(row[at + 3]);
        long down = number(row[at + 5]);
        return new ScoreChange(
                number(row[at]),
                decimal(row[at + 1]),
                decimal(row[at + 2]),
                higherIsBetter ? up : down,
                number(row[at + 4]),
                higherIsBetter ? down : up,
                higherIsBetter);
    }

    /**
     * The three score changes as one row: three single-row aggregates side by side. Each reads its visits once: per
     * subject (the baby for LATCH and BTAT, the mother for pain) and consultation one value (the average complete LATCH
     * total of the observed feeds; the complete BTAT total; the highest nipple pain of the breast findings and the
     * observed feeds); then per subject the number of visits with a value and the first and latest visit's value
     * ({@link ReportSql#visitKey}, min and max); then the counts and sums of {@link #changeColumns}. Grouped aggregates
     * throughout, no window functions.
     */
    private static String scoreChangesSql(ReportCriteria criteria) {
        String period =
                "c.voided = false and c.started_at >= :from and c.started_at < :to " + consultantClause(criteria);
        String latch = """
                select f.infant_id as subject_id, c.id as cid, c.started_at,
                       cast(avg(cast(%s as decimal(8, 4))) as decimal(8, 4)) as v
                from consultation c
                join infant_findings f on f.consultation_id = c.id
                join feed_observation o on o.findings_id = f.id
                where %s and f.voided = false and %s
                group by f.infant_id, c.id, c.started_at""".formatted(ReportSql.latchTotal("o"), period, ReportSql.latchComplete("o"));
        String btat = """
                select f.infant_id as subject_id, c.id as cid, c.started_at,
                       cast(max(%s) as decimal(8, 4)) as v
                from consultation c
                join infant_findings f on f.consultation_id = c.id
                where %s and f.voided = false and %s
                group by f.infant_id, c.id, c.started_at""".formatted(ReportSql.btatTotal("f"), period, ReportSql.btatComplete("f"));
        String pain = """
                select c.mother_id as subject_id, c.id as cid, c.started_at, cast(max(p.pain) as decimal(8, 4)) as v
                from (
                  select c.id as pain_cid, b.nipple_pain as pain
                  from consultation c
                  join breast_findings b on b.consultation_id = c.id
                  where %s and b.nipple_pain is not null
                  union all
                  select c.id, o.nipple_pain
                  from consultation c
                  join infant_findings f on f.consultation_id = c.id
                  join feed_observation o on o.findings_id = f.id
                  where %s and f.voided = false and o.nipple_pain is not null
                ) p
                join consultation c on c.id = p.pain_cid
                group by c.mother_id, c.id, c.started_at""".formatted(period, period);
        return """
                select l.paired, l.first_sum, l.last_sum, l.went_up, l.stayed, l.went_down,
                       b.paired, b.first_sum, b.last_sum, b.went_up, b.stayed, b.went_down,
                       p.paired, p.first_sum, p.last_sum, p.went_up, p.stayed, p.went_down
                from (%s) l cross join (%s) b cross join (%s) p""".formatted(firstToLatest(latch), firstToLatest(btat), firstToLatest(pain));
    }

    /** The six {@link #changeColumns} of one measure, from its per-visit rows (subject_id, cid, started_at, v). */
    private static String firstToLatest(String perVisit) {
        String key = ReportSql.visitKey("started_at", "cid", "cast(v as varchar(20))");
        return """
                select %s
                from (
                  select count(v) as m_visits,
                         cast(%s as decimal(8, 4)) as m_first,
                         cast(%s as decimal(8, 4)) as m_last
                  from (%s) per_visit
                  group by subject_id
                ) first_and_latest""".formatted(
                        changeColumns("m"),
                        ReportSql.valueOfVisitKey("min(" + key + ")"),
                        ReportSql.valueOfVisitKey("max(" + key + ")"),
                        perVisit);
    }

    /**
     * The six numbers of a {@link ScoreChange} for one measure of first_and_latest: infants with two visits or more,
     * the sums of their first and latest values, and how many went up, stayed and went down.
     */
    private static String changeColumns(String measure) {
        String paired = measure + "_visits >= 2";
        String first = measure + "_first";
        String last = measure + "_last";
        return String.join(
                ", ",
                "coalesce(sum(case when %s then 1 else 0 end), 0) as paired".formatted(paired),
                "coalesce(sum(case when %s then %s end), 0) as first_sum".formatted(paired, first),
                "coalesce(sum(case when %s then %s end), 0) as last_sum".formatted(paired, last),
                "coalesce(sum(case when %s and %s > %s then 1 else 0 end), 0) as went_up"
                        .formatted(paired, last, first),
                "coalesce(sum(case when %s and %s = %s then 1 else 0 end), 0) as stayed".formatted(paired, last, first),
                "coalesce(sum(case when %s and %s < %s then 1 else 0 end), 0) as went_down"
                        .formatted(paired, last, first));
    }

    /**
     * Mothers by the band of their first and their latest 24 hours of pumping in the period: the first 24 hours start
     * with her first session in the period, the latest end with her last one (PumpingLog's rolling window); only
     * mothers whose log in the period spans at least 24 hours count, so the two never overlap.
     */
    public List<BandChangeRow> pumpingBandChanges(ReportCriteria criteria, PumpingThresholds thresholds) {
        return rows(ReportQuery.PUMPING_BANDS, criteria, thresholds).stream()
                .map(row -> new BandChangeRow(
                        VolumeBandType.valueOf((String) row[0]),
                        VolumeBandType.valueOf((String) row[1]),
                        number(row[2])))
                .toList();
    }

    private static String pumpingSql(ReportCriteria criteria, PumpingThresholds thresholds) {
        String consultant = criteria.consultantId() == null
                ? ""
                : "join (select distinct c.mother_id from consultation c where c.voided = false and c.consultant_id = :consultant) m on m.mother_id = p.mother_id";
        return """
                select first_band, last_band, count(*)
                from (
                  select %s as first_band, %s as last_band
                  from (
                    select mother_id,
                           sum(case when started_at < first_at + interval '1' day then ml else 0 end) as first_ml,
                           sum(case when started_at > last_at - interval '1' day then ml else 0 end) as last_ml
                    from (
                      select p.mother_id, p.started_at,
                             coalesce(p.combined_ml, coalesce(p.left_ml, 0) + coalesce(p.right_ml, 0)) as ml,
                             min(p.started_at) over (partition by p.mother_id) as first_at,
                             max(p.started_at) over (partition by p.mother_id) as last_at
                      from pumping_entry p %s
                      where p.voided = false and p.started_at >= :from and p.started_at < :to
                    ) entries
                    where last_at >= first_at + interval '1' day
                    group by mother_id
                  ) totals
                ) bands
                group by first_band, last_band
                order by first_band, last_band
                """.formatted(band("first_ml", thresholds), band("last_ml", thresholds), consultant);
    }

    private static String band(String column, PumpingThresholds thresholds) {
        return "case when %s < %d then '%s' when %s < %d then '%s' else '%s' end"
                .formatted(
                        column,
                        thresholds.lowBelowMl(),
                        VolumeBandType.LOW,
                        column,
                        thresholds.fullAtOrAboveMl(),
                        VolumeBandType.BORDERLINE,
                        VolumeBandType.FULL);
    }

    // ---- well-being --------------------------------------------------------------------------------------

    /** EPDS screening of the period's consultations against the clinic's referral cut-off. */
    public WellbeingResult wellbeing(ReportCriteria criteria, int cutOff) {
        Object[] row = rows(ReportQuery.WELLBEING, criteria, cutOff).getFirst();
        return new WellbeingResult(
                number(row[0]), number(row[1]), number(row[2]), cutOff, number(row[3]), number(row[4]));
    }

    private static String itemTenAlert(String alias) {
        return "%s > 0".formatted(ReportSql.epdsScore(alias, EpdsItemType.ITEM_10));
    }

    private static String wellbeingSql(ReportCriteria criteria, int cutOff) {
        return """
                select count(*),
                       coalesce(sum(case when %s then 1 else 0 end), 0),
                       coalesce(sum(case when %s and %s >= %d then 1 else 0 end), 0),
                       coalesce(sum(case when %s then 1 else 0 end), 0),
                       coalesce(sum(case when %s and c.self_harm_acknowledged_at is not null then 1 else 0 end), 0)
                from consultation c
                where c.voided = false and c.started_at >= :from and c.started_at < :to %s
                """.formatted(
                        ReportSql.epdsComplete("c"),
                        ReportSql.epdsComplete("c"),
                        ReportSql.epdsTotal("c"),
                        cutOff,
                        itemTenAlert("c"),
                        itemTenAlert("c"),
                        consultantClause(criteria));
    }

    /**
     * Of the consultations with an item-10 alert, how many made a MENTAL_HEALTH referral in their care plan. Reads the
     * care plan's referrals, like {@link #referrals}.
     */
    public long itemTenWithMentalHealthReferral(ReportCriteria criteria) {
        return number(rows(ReportQuery.ITEM_TEN_REFERRED, criteria, null).getFirst()[0]);
    }

    // ---- the queries' texts and their execution ----------------------------------------------------------

    /**
     * The SQL of a report query, as the application runs it, and its named parameters: {@code :from} and {@code :to}
     * (the period), {@code :consultant} when one is chosen, and the infant outcomes' birth ranges.
     *
     * @param extra the pumping thresholds or the EPDS cut-off, where the query needs one
     */
    static Sql sql(ReportQuery query, ReportCriteria criteria, Object extra) {
        String text = switch (query) {
            case ACTIVITY -> activitySql(criteria);
            case VISIT_REASONS -> """
                    select reason, mentions, mothers from (
                      select r.reason as reason, count(*) as mentions, count(distinct c.mother_id) as mothers
                      from consultation c join visit_reason r on r.consultation_id = c.id
                      where c.voided = false and c.started_at >= :from and c.started_at < :to %s
                      group by r.reason
                      union all
                      select '%s', count(*), count(distinct c.mother_id)
                      from consultation c
                      where c.voided = false and c.started_at >= :from and c.started_at < :to %s and c.visit_reason_other is not null
                      having count(*) > 0
                    ) mentioned
                    order by mentions desc, reason
                    """.formatted(consultantClause(criteria), OTHER_REASON, consultantClause(criteria));
            case SUPPLY_CONCERNS -> """
                    select sc.category, count(*), count(distinct c.mother_id)
                    from consultation c join supply_concern sc on sc.consultation_id = c.id
                    where c.voided = false and c.started_at >= :from and c.started_at < :to %s
                    group by sc.category order by count(*) desc, sc.category
                    """.formatted(consultantClause(criteria));
            case FLAGS -> """
                    select f.flag_key, count(*), sum(case when f.referral then 1 else 0 end), count(distinct c.mother_id)
                    from consultation c join consultation_flag f on f.consultation_id = c.id
                    where c.voided = false and c.started_at >= :from and c.started_at < :to %s
                    group by f.flag_key order by count(*) desc, f.flag_key
                    """.formatted(consultantClause(criteria));
            case REFERRALS -> """
                    select r.destination, r.urgency, count(*), count(distinct c.mother_id)
                    from consultation c join care_plan_referral r on r.consultation_id = c.id
                    where c.voided = false and c.started_at >= :from and c.started_at < :to %s
                    group by r.destination, r.urgency order by r.destination, r.urgency
                    """.formatted(consultantClause(criteria));
            case INFANT_OUTCOMES -> infantOutcomesSql(criteria);
            case SCORE_CHANGES -> scoreChangesSql(criteria);
            case PUMPING_BANDS -> pumpingSql(criteria, (PumpingThresholds) extra);
            case WELLBEING -> wellbeingSql(criteria, (Integer) extra);
            case ITEM_TEN_REFERRED -> """
                    select count(distinct c.id)
                    from consultation c join care_plan_referral r on r.consultation_id = c.id and r.destination = 'MENTAL_HEALTH'
                    where c.voided = false and c.started_at >= :from and c.started_at < :to %s and %s
                    """.formatted(consultantClause(criteria), itemTenAlert("c"));
        };
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (query == ReportQuery.INFANT_OUTCOMES) {
            LocalDate earliest = null;
            LocalDate latest = null;
            for (OutcomeCheckType check : OutcomeCheckType.values()) {
                LocalDate from = check.bornFrom(criteria);
                LocalDate to = check.bornTo(criteria).plusDays(1);
                parameters.put(bornFrom(check), from.atStartOfDay());
                parameters.put(bornTo(check), to.atStartOfDay());
                earliest = earliest == null || from.isBefore(earliest) ? from : earliest;
                latest = latest == null || to.isAfter(latest) ? to : latest;
            }
            parameters.put("born_from", earliest.atStartOfDay());
            parameters.put("born_to", latest.atStartOfDay());
        } else {
            parameters.put("from", criteria.startInclusive());
            parameters.put("to", criteria.endExclusive());
        }
        if (criteria.consultantId() != null) {
            parameters.put("consultant", criteria.consultantId());
        }
        return new Sql(text, Collections.unmodifiableMap(parameters));
    }

    /** A query's text and its named parameters ({@code :from}, {@code :to}, ...), in the order first bound. */
    record Sql(String text, Map<String, Object> parameters) {}

    private List<Object[]> rows(ReportQuery query, ReportCriteria criteria, Object extra) {
        Sql sql = sql(query, criteria, extra);
        Query nativeQuery = em.createNativeQuery(sql.text());
        sql.parameters().forEach(nativeQuery::setParameter);
        List<Object[]> rows = new ArrayList<>();
        for (Object row : nativeQuery.getResultList()) {
            rows.add(row instanceof Object[] columns ? columns : new Object[] {row});
        }
        return rows;
    }

    private static String consultantClause(ReportCriteria criteria) {
        return criteria.consultantId() == null ? "" : "and c.consultant_id = :consultant";
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static BigDecimal decimal(Object value) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        return value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
    }

    private static LocalDate date(Object value) {
        return switch (value) {
            case LocalDate date -> date;
            case java.sql.Date date -> date.toLocalDate();
            case Timestamp timestamp -> timestamp.toLocalDateTime().toLocalDate();
            case LocalDateTime dateTime -> dateTime.toLocalDate();
            default -> LocalDate.parse(value.toString().substring(0, 10));
        };
    }
}
