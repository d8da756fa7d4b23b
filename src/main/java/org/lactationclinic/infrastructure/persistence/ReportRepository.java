package org.lactationclinic.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import org.hibernate.Session;
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

import java.math.BigDecimal;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The clinic reports' numbers, each counted by one aggregate query in the database (GROUP BY, COUNT, window
 * functions; plain SQL that H2 2.x and PostgreSQL both run), never by loading entities. The definitions the
 * queries follow are in {@code domain.reporting}. Every query leaves voided consultations (and voided findings,
 * infants and pumping entries) out, and starts from an indexed column: consultation (started_at) or
 * (consultant_id, started_at), infant (birth_date_time), infant_findings (infant_id, weighed_at),
 * pumping_entry (mother_id, started_at).
 * <p>
 * The consultant filter, when set, keeps the consultations of that consultant; for the outcomes it keeps the
 * infants (or, for pumping, the mothers) that consultant has seen. {@link #sql} holds each query's text so the
 * benchmark (src/test/bench/reports.sh) times exactly what the application runs.
 */
@ApplicationScoped
public class ReportRepository {

    /** The care plan's referrals (issue 5): the referral section reads this table when it exists. */
    public static final String REFERRAL_TABLE = "care_plan_referral";

    @PersistenceContext(unitName = "clinic")
    private EntityManager em;

    /** The queries' texts, by report, with their parameters: for the benchmark. */
    public enum ReportQuery {
        ACTIVITY, SUPPLY_CONCERNS, FLAGS, REFERRALS, FEEDING_STATUS, BIRTH_WEIGHT, SCORE_CHANGES,
        PUMPING_BANDS, WELLBEING, ITEM_TEN_REFERRED
    }

    // ---- activity ----------------------------------------------------------------------------------------

    public List<ActivityRow> activity(ReportCriteria criteria) {
        List<ActivityRow> rows = new ArrayList<>();
        for (Object[] row : rows(ReportQuery.ACTIVITY, criteria, null)) {
            rows.add(new ActivityRow(date(row[0]), number(row[1]), (String) row[2], ConsultationType.valueOf((String) row[3]),
                    number(row[4]), number(row[5])));
        }
        return rows;
    }

    /**
     * One pass over the consultations of the mothers seen in the period (all their consultations, so that the first
     * one ever is known): {@code row_number()} per mother marks her first, then the period's rows are grouped.
     * Written without {@code IN (subquery)} and without joining an aggregated derived table from the outside: H2
     * re-evaluates both for every row (seconds on a few thousand consultations), while a derived table that drives
     * the join is read once.
     */
    private static String activitySql(ReportCriteria criteria) {
        String bucket = ReportSql.periodStart("x.started_at", criteria.interval());
        String consultant = criteria.consultantId() == null ? "" : "and x.consultant_id = ?3";
        return """
                select %s as bucket, x.consultant_id, s.full_name, x.type, count(*) as consultations,
                       sum(case when x.visit = 1 then 1 else 0 end) as new_mothers
                from (
                  select c.consultant_id, c.type, c.started_at,
                         row_number() over (partition by c.mother_id order by c.started_at, c.id) as visit
                  from (
                    select distinct p.mother_id from consultation p
                    where p.voided = false and p.started_at >= ?1 and p.started_at < ?2 %s
                  ) m
                  join consultation c on c.mother_id = m.mother_id
                  where c.voided = false
                ) x
                join staff_user s on s.id = x.consultant_id
                where x.started_at >= ?1 and x.started_at < ?2 %s
                group by %s, x.consultant_id, s.full_name, x.type
                order by bucket, s.full_name, x.type
                """.formatted(bucket, criteria.consultantId() == null ? "" : "and p.consultant_id = ?3", consultant, bucket);
    }

    // ---- reasons -----------------------------------------------------------------------------------------

    /** Supply-concern categories recorded at the consultations of the period. */
    public List<CountRow> supplyConcerns(ReportCriteria criteria) {
        return rows(ReportQuery.SUPPLY_CONCERNS, criteria, null).stream()
                .map(row -> new CountRow((String) row[0], "", number(row[1]), 0, number(row[2]))).toList();
    }

    /** Flags raised (stored with the consultations of the period), with how many of them called for a referral. */
    public List<CountRow> flags(ReportCriteria criteria) {
        return rows(ReportQuery.FLAGS, criteria, null).stream()
                .map(row -> new CountRow((String) row[0], "", number(row[1]), number(row[2]), number(row[3]))).toList();
    }

    /**
     * Referrals made in the care plans of the period's consultations, by destination and urgency. Reads the care
     * plan's {@code care_plan_referral}.
     */
    public List<CountRow> referrals(ReportCriteria criteria) {
        return rows(ReportQuery.REFERRALS, criteria, null).stream()
                .map(row -> new CountRow((String) row[0], (String) row[1], number(row[2]), 0, number(row[3]))).toList();
    }

    // ---- outcomes ----------------------------------------------------------------------------------------

    /**
     * {@link OutcomeCheckType}: the feeding status of the infants due each check in the period, in the order of
     * the checks, from one query (it used to be one query per check, each a pass over the consultations).
     */
    public List<FeedingStatusAtCheck> feedingStatuses(ReportCriteria criteria) {
        Map<OutcomeCheckType, Map<String, Long>> counts = new EnumMap<>(OutcomeCheckType.class);
        for (Object[] row : rows(ReportQuery.FEEDING_STATUS, criteria, null)) {
            counts.computeIfAbsent(OutcomeCheckType.valueOf(((String) row[0]).trim()), check -> new HashMap<>())
                    .put(((String) row[1]).trim(), number(row[2]));
        }
        List<FeedingStatusAtCheck> statuses = new ArrayList<>();
        for (OutcomeCheckType check : OutcomeCheckType.values()) {
            Map<String, Long> byStatus = counts.getOrDefault(check, Map.of());
            long exclusive = byStatus.getOrDefault(FeedingStatusType.EXCLUSIVE.name(), 0L);
            long partial = byStatus.getOrDefault(FeedingStatusType.PARTIAL.name(), 0L);
            long none = byStatus.getOrDefault(FeedingStatusType.NONE.name(), 0L);
            long unknown = byStatus.getOrDefault(DUE, 0L) - exclusive - partial - none;
            statuses.add(new FeedingStatusAtCheck(check, exclusive, partial, none, unknown));
        }
        return List.copyOf(statuses);
    }

    /** {@link OutcomeCheckType}: the feeding status of the infants due the check in the period. */
    public FeedingStatusAtCheck feedingStatus(ReportCriteria criteria, OutcomeCheckType check) {
        return feedingStatuses(criteria).get(check.ordinal());
    }

    /**
     * The infants due a check in the period that the clinic (or the chosen consultant) had seen by the end of the
     * window: at least one non-voided consultation with the infant that started before the window closed.
     */
    private static String cohort(ReportCriteria criteria, OutcomeCheckType check) {
        return """
                cohort as (
                  select distinct i.id, cast(i.birth_date_time as date) as born, i.birth_weight_grams
                  from infant i
                  join consultation_infant ci on ci.infant_id = i.id
                  join consultation c on c.id = ci.consultation_id
                  where i.voided = false and c.voided = false
                    and i.birth_date_time >= ?1 and i.birth_date_time < ?2
                    and c.started_at < cast(i.birth_date_time as date) + %s %s
                )""".formatted(ReportSql.days(check.lastDay() + 1), consultantClause(criteria));
    }

    /** The row of the feeding-status query that counts every infant due; unknown = due minus those with a status. */
    private static final String DUE = "DUE";

    /**
     * For every check: the infants due (the cohort of {@link #cohort}, per check), and the latest status in the
     * window of those that have one (two aggregates, no outer join to a windowed derived table, which H2 would
     * re-evaluate per infant). The checks are a derived table of three rows with their birth-date bounds
     * (parameters ?1 to ?6) and windows, so that the consultations and findings are read once for all three.
     */
    private static String feedingStatusSql(ReportCriteria criteria) {
        StringBuilder checks = new StringBuilder();
        for (OutcomeCheckType check : OutcomeCheckType.values()) {
            checks.append(checks.isEmpty() ? "" : "\n  union all\n").append(
                    "  select '%s' as check_type, cast(?%d as timestamp) as born_from, cast(?%d as timestamp) as born_to, %d as first_day, %d as end_day"
                            .formatted(check.name(), 2 * check.ordinal() + 1, 2 * check.ordinal() + 2, check.firstDay(), check.lastDay() + 1));
        }
        String consultant = criteria.consultantId() == null ? "" : "and c.consultant_id = ?" + (2 * OutcomeCheckType.values().length + 1);
        return """
                with checks as (
                %s
                ), cohort as (
                  select distinct k.check_type, k.first_day, k.end_day, i.id, cast(i.birth_date_time as date) as born
                  from checks k
                  join infant i on i.birth_date_time >= k.born_from and i.birth_date_time < k.born_to
                  join consultation_infant ci on ci.infant_id = i.id
                  join consultation c on c.id = ci.consultation_id
                  where i.voided = false and c.voided = false
                    and c.started_at < cast(i.birth_date_time as date) + k.end_day * interval '1' day %s
                ), statuses as (
                  select k.check_type, f.feeding_status,
                         row_number() over (partition by k.check_type, f.infant_id order by c.started_at desc, c.id desc) as rn
                  from cohort k
                  join infant_findings f on f.infant_id = k.id
                  join consultation c on c.id = f.consultation_id
                  where c.voided = false and f.voided = false and f.feeding_status is not null
                    and c.started_at >= k.born + k.first_day * interval '1' day and c.started_at < k.born + k.end_day * interval '1' day
                )
                select check_type, '%s' as feeding_status, count(*) from cohort group by check_type
                union all
                select s.check_type, s.feeding_status, count(*) from statuses s where s.rn = 1 group by s.check_type, s.feeding_status
                """.formatted(checks, consultant, DUE);
    }

    /** {@link BirthWeightRecovery}: infants due the two-week check, followed up, and back by day 14. */
    public BirthWeightRecoveryResult birthWeightRecovery(ReportCriteria criteria) {
        Object[] row = rows(ReportQuery.BIRTH_WEIGHT, criteria, OutcomeCheckType.TWO_WEEKS).getFirst();
        return new BirthWeightRecoveryResult(number(row[0]), number(row[1]));
    }

    private static String birthWeightSql(ReportCriteria criteria) {
        return """
                with %s, weights as (
                  select f.infant_id,
                         max(case when f.weighed_at >= k.born + %s and f.weighed_at < k.born + %s then 1 else 0 end) as followed,
                         max(case when f.weighed_at < k.born + %s and f.weight_grams >= k.birth_weight_grams then 1 else 0 end) as back
                  from cohort k
                  join infant_findings f on f.infant_id = k.id
                  join consultation c on c.id = f.consultation_id
                  where c.voided = false and f.voided = false and f.weight_grams is not null
                  group by f.infant_id
                )
                select count(*), coalesce(sum(back), 0) from weights where followed = 1
                """.formatted(cohort(criteria, OutcomeCheckType.TWO_WEEKS),
                ReportSql.days(BirthWeightRecovery.FOLLOW_UP_FIRST_DAY), ReportSql.days(BirthWeightRecovery.FOLLOW_UP_LAST_DAY + 1),
                ReportSql.days(BirthWeightRecovery.BY_DAY + 1));
    }

    /** The LATCH total and nipple pain changes, from one query: {@link ScoreChanges}. */
    public ScoreChanges scoreChanges(ReportCriteria criteria) {
        Object[] latch = null;
        Object[] pain = null;
        for (Object[] row : rows(ReportQuery.SCORE_CHANGES, criteria, null)) {
            if (LATCH.equals(row[0])) {
                latch = row;
            } else {
                pain = row;
            }
        }
        return new ScoreChanges(scoreChange(latch, true), scoreChange(pain, false));
    }

    /**
     * {@link ScoreChange} of the LATCH total and of nipple pain (highest on an observed feed), first to latest
     * consultation of each dyad in the period.
     */
    public record ScoreChanges(ScoreChange latch, ScoreChange pain) {
    }

    /** {@link ScoreChange} of the LATCH total, first to latest consultation of each dyad in the period. */
    public ScoreChange latchChange(ReportCriteria criteria) {
        return scoreChanges(criteria).latch();
    }

    /** {@link ScoreChange} of nipple pain (highest on an observed feed), first to latest consultation. */
    public ScoreChange painChange(ReportCriteria criteria) {
        return scoreChanges(criteria).pain();
    }

    private static final String LATCH = "LATCH";
    private static final String PAIN = "PAIN";

    private static ScoreChange scoreChange(Object[] row, boolean higherIsBetter) {
        if (row == null) {
            return new ScoreChange(0, BigDecimal.ZERO, BigDecimal.ZERO, 0, 0, 0, higherIsBetter);
        }
        long better = number(higherIsBetter ? row[4] : row[6]);
        long worse = number(higherIsBetter ? row[6] : row[4]);
        return new ScoreChange(number(row[1]), decimal(row[2]), decimal(row[3]), better, number(row[5]), worse, higherIsBetter);
    }

    /**
     * Both score changes in one pass over the period's observed feeds (they used to be two queries reading the
     * same rows): per consultation and infant the average complete LATCH total and the highest nipple pain, then
     * one row per measure and visit that has the value, ranked first to latest per measure and infant.
     */
    private static String scoreChangesSql(ReportCriteria criteria) {
        return """
                with per_visit as (
                  select f.infant_id, c.id as cid, c.started_at,
                         avg(case when %s then cast(%s as decimal(6, 2)) end) as latch_v,
                         cast(max(o.nipple_pain) as decimal(6, 2)) as pain_v
                  from consultation c
                  join infant_findings f on f.consultation_id = c.id
                  join feed_observation o on o.findings_id = f.id
                  where c.voided = false and f.voided = false and c.started_at >= ?1 and c.started_at < ?2 %s
                    and (%s or o.nipple_pain is not null)
                  group by f.infant_id, c.id, c.started_at
                ), measured as (
                  select '%s' as measure, infant_id, cid, started_at, latch_v as v from per_visit where latch_v is not null
                  union all
                  select '%s' as measure, infant_id, cid, started_at, pain_v as v from per_visit where pain_v is not null
                ), ranked as (
                  select measure, infant_id, v,
                         row_number() over (partition by measure, infant_id order by started_at, cid) as first_rn,
                         row_number() over (partition by measure, infant_id order by started_at desc, cid desc) as last_rn,
                         count(*) over (partition by measure, infant_id) as visits
                  from measured
                ), pairs as (
                  select measure, infant_id, max(case when first_rn = 1 then v end) as first_v, max(case when last_rn = 1 then v end) as last_v
                  from ranked where visits >= 2 and (first_rn = 1 or last_rn = 1)
                  group by measure, infant_id
                )
                select measure, count(*), coalesce(sum(first_v), 0), coalesce(sum(last_v), 0),
                       coalesce(sum(case when last_v > first_v then 1 else 0 end), 0),
                       coalesce(sum(case when last_v = first_v then 1 else 0 end), 0),
                       coalesce(sum(case when last_v < first_v then 1 else 0 end), 0)
                from pairs
                group by measure
                """.formatted(ReportSql.latchComplete("o"), ReportSql.latchTotal("o"), consultantClause(criteria),
                ReportSql.latchComplete("o"), LATCH, PAIN);
    }

    /**
     * Mothers by the band of their first and their latest 24 hours of pumping in the period: the first 24 hours
     * start with her first session in the period, the latest end with her last one (PumpingLog's rolling window);
     * only mothers whose log in the period spans at least 24 hours count, so the two never overlap.
     */
    public List<BandChangeRow> pumpingBandChanges(ReportCriteria criteria, PumpingThresholds thresholds) {
        return rows(ReportQuery.PUMPING_BANDS, criteria, thresholds).stream()
                .map(row -> new BandChangeRow(VolumeBandType.valueOf((String) row[0]), VolumeBandType.valueOf((String) row[1]),
                        number(row[2]))).toList();
    }

    private static String pumpingSql(ReportCriteria criteria, PumpingThresholds thresholds) {
        String consultant = criteria.consultantId() == null ? ""
                : "join (select distinct c.mother_id from consultation c where c.voided = false and c.consultant_id = ?3) m on m.mother_id = p.mother_id";
        return """
                with entries as (
                  select p.mother_id, p.started_at,
                         coalesce(p.combined_ml, coalesce(p.left_ml, 0) + coalesce(p.right_ml, 0)) as ml,
                         min(p.started_at) over (partition by p.mother_id) as first_at,
                         max(p.started_at) over (partition by p.mother_id) as last_at
                  from pumping_entry p %s
                  where p.voided = false and p.started_at >= ?1 and p.started_at < ?2
                ), totals as (
                  select mother_id,
                         sum(case when started_at < first_at + interval '1' day then ml else 0 end) as first_ml,
                         sum(case when started_at > last_at - interval '1' day then ml else 0 end) as last_ml
                  from entries
                  where last_at >= first_at + interval '1' day
                  group by mother_id
                ), bands as (
                  select %s as first_band, %s as last_band from totals
                )
                select first_band, last_band, count(*) from bands group by first_band, last_band order by first_band, last_band
                """.formatted(consultant, band("first_ml", thresholds), band("last_ml", thresholds));
    }

    private static String band(String column, PumpingThresholds thresholds) {
        return "case when %s < %d then '%s' when %s < %d then '%s' else '%s' end".formatted(
                column, thresholds.lowBelowMl(), VolumeBandType.LOW, column, thresholds.fullAtOrAboveMl(),
                VolumeBandType.BORDERLINE, VolumeBandType.FULL);
    }

    // ---- well-being --------------------------------------------------------------------------------------

    /** EPDS screening of the period's consultations against the clinic's referral cut-off. */
    public WellbeingResult wellbeing(ReportCriteria criteria, int cutOff) {
        Object[] row = rows(ReportQuery.WELLBEING, criteria, cutOff).getFirst();
        return new WellbeingResult(number(row[0]), number(row[1]), number(row[2]), cutOff, number(row[3]), number(row[4]));
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
                where c.voided = false and c.started_at >= ?1 and c.started_at < ?2 %s
                """.formatted(ReportSql.epdsComplete("c"), ReportSql.epdsComplete("c"), ReportSql.epdsTotal("c"), cutOff,
                itemTenAlert("c"), itemTenAlert("c"), consultantClause(criteria));
    }

    /**
     * Of the consultations with an item-10 alert, how many made a MENTAL_HEALTH referral in their care plan. Reads
     * the care plan's {@value #REFERRAL_TABLE} (issue 5), like {@link #referrals}.
     */
    public long itemTenWithMentalHealthReferral(ReportCriteria criteria) {
        return number(rows(ReportQuery.ITEM_TEN_REFERRED, criteria, null).getFirst()[0]);
    }

    // ---- the queries' texts and their execution ----------------------------------------------------------

    /**
     * The SQL of a report query, as the application runs it, and its parameters in order.
     *
     * @param extra the check ({@link OutcomeCheckType}), the pumping thresholds or the EPDS cut-off, where the
     *              query needs one
     */
    public static Sql sql(ReportQuery query, ReportCriteria criteria, Object extra) {
        String text = switch (query) {
            case ACTIVITY -> activitySql(criteria);
            case SUPPLY_CONCERNS -> """
                    select sc.category, count(*), count(distinct c.mother_id)
                    from consultation c join supply_concern sc on sc.consultation_id = c.id
                    where c.voided = false and c.started_at >= ?1 and c.started_at < ?2 %s
                    group by sc.category order by count(*) desc, sc.category
                    """.formatted(consultantClause(criteria));
            case FLAGS -> """
                    select f.flag_key, count(*), sum(case when f.referral then 1 else 0 end), count(distinct c.mother_id)
                    from consultation c join consultation_flag f on f.consultation_id = c.id
                    where c.voided = false and c.started_at >= ?1 and c.started_at < ?2 %s
                    group by f.flag_key order by count(*) desc, f.flag_key
                    """.formatted(consultantClause(criteria));
            case REFERRALS -> """
                    select r.destination, r.urgency, count(*), count(distinct c.mother_id)
                    from consultation c join care_plan_referral r on r.consultation_id = c.id
                    where c.voided = false and c.started_at >= ?1 and c.started_at < ?2 %s
                    group by r.destination, r.urgency order by r.destination, r.urgency
                    """.formatted(consultantClause(criteria));
            case FEEDING_STATUS -> feedingStatusSql(criteria);
            case BIRTH_WEIGHT -> birthWeightSql(criteria);
            case SCORE_CHANGES -> scoreChangesSql(criteria);
            case PUMPING_BANDS -> pumpingSql(criteria, (PumpingThresholds) extra);
            case WELLBEING -> wellbeingSql(criteria, (Integer) extra);
            case ITEM_TEN_REFERRED -> """
                    select count(distinct c.id)
                    from consultation c join care_plan_referral r on r.consultation_id = c.id and r.destination = 'MENTAL_HEALTH'
                    where c.voided = false and c.started_at >= ?1 and c.started_at < ?2 %s and %s
                    """.formatted(consultantClause(criteria), itemTenAlert("c"));
        };
        List<Object> parameters = new ArrayList<>();
        if (query == ReportQuery.FEEDING_STATUS) {
            for (OutcomeCheckType check : OutcomeCheckType.values()) {
                parameters.add(check.bornFrom(criteria).atStartOfDay());
                parameters.add(check.bornTo(criteria).plusDays(1).atStartOfDay());
            }
        } else if (query == ReportQuery.BIRTH_WEIGHT) {
            OutcomeCheckType check = OutcomeCheckType.TWO_WEEKS;
            parameters.add(check.bornFrom(criteria).atStartOfDay());
            parameters.add(check.bornTo(criteria).plusDays(1).atStartOfDay());
        } else {
            parameters.add(criteria.startInclusive());
            parameters.add(criteria.endExclusive());
        }
        if (criteria.consultantId() != null) {
            parameters.add(criteria.consultantId());
        }
        return new Sql(text, List.copyOf(parameters));
    }

    /** A query's text and its positional parameters (?1, ?2, ...). */
    public record Sql(String text, List<Object> parameters) {
    }

    private List<Object[]> rows(ReportQuery query, ReportCriteria criteria, Object extra) {
        Sql sql = sql(query, criteria, extra);
        Query nativeQuery = em.createNativeQuery(sql.text());
        for (int i = 0; i < sql.parameters().size(); i++) {
            nativeQuery.setParameter(i + 1, sql.parameters().get(i));
        }
        List<Object[]> rows = new ArrayList<>();
        for (Object row : nativeQuery.getResultList()) {
            rows.add(row instanceof Object[] columns ? columns : new Object[]{row});
        }
        return rows;
    }

    private static String consultantClause(ReportCriteria criteria) {
        return criteria.consultantId() == null ? "" : "and c.consultant_id = ?3";
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
