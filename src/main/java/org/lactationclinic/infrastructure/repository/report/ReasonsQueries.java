package org.lactationclinic.infrastructure.repository.report;

import static org.lactationclinic.infrastructure.repository.report.ReportColumns.number;
import static org.lactationclinic.infrastructure.repository.report.ReportSql.consultantClause;

import java.util.List;
import org.lactationclinic.domain.reporting.ReportCriteria;
import org.lactationclinic.domain.reporting.ReportResults.CountRow;

/**
 * The reasons report's four tables, each counted over the period's consultations: reasons for the visit, supply
 * concerns, flags raised and referrals made. Each reads as {@link CountRow}s: a key, how often, and for how many
 * mothers.
 */
public final class ReasonsQueries {

    /**
     * The reason for the visit (or the key {@value #OTHER_REASON} for "other"), mentioned how often, for how many
     * mothers.
     */
    public static final String OTHER_REASON = "OTHER";

    private ReasonsQueries() {}

    /**
     * Reasons for the visit of the period's consultations (clinical-reference.md, section 7), counted as entered: a
     * visit with three reasons counts three times; "other" counts once per visit that wrote one.
     */
    public static ReportStatement visitReasons(ReportCriteria criteria) {
        return ReportStatement.forPeriod(
                """
                select reason, mentions, mothers from (
                  select r.reason as reason, count(*) as mentions, count(distinct c.mother_id) as mothers
                  from consultation c join visit_reason r on r.consultation_id = c.id
                  where c.voided = false and c.started_at >= :from and c.started_at < :to %s
                  group by r.reason
                  union all
                  select '%s', count(*), count(distinct c.mother_id)
                  from consultation c
                  where c.voided = false and c.started_at >= :from and c.started_at < :to %s
                    and c.visit_reason_other is not null
                  having count(*) > 0
                ) mentioned
                order by mentions desc, reason
                """.formatted(consultantClause(criteria), OTHER_REASON, consultantClause(criteria)), criteria);
    }

    /** Supply-concern categories recorded at the consultations of the period. */
    public static ReportStatement supplyConcerns(ReportCriteria criteria) {
        return ReportStatement.forPeriod("""
                select sc.category, count(*), count(distinct c.mother_id)
                from consultation c join supply_concern sc on sc.consultation_id = c.id
                where c.voided = false and c.started_at >= :from and c.started_at < :to %s
                group by sc.category order by count(*) desc, sc.category
                """.formatted(consultantClause(criteria)), criteria);
    }

    /** Flags raised (stored with the consultations of the period), with how many of them called for a referral. */
    public static ReportStatement flags(ReportCriteria criteria) {
        return ReportStatement.forPeriod("""
                select f.flag_key, count(*), sum(case when f.referral then 1 else 0 end),
                  count(distinct c.mother_id)
                from consultation c join consultation_flag f on f.consultation_id = c.id
                where c.voided = false and c.started_at >= :from and c.started_at < :to %s
                group by f.flag_key order by count(*) desc, f.flag_key
                """.formatted(consultantClause(criteria)), criteria);
    }

    /**
     * Referrals made in the care plans of the period's consultations, by destination and urgency. Reads the care plan's
     * {@code care_plan_referral}.
     */
    public static ReportStatement referrals(ReportCriteria criteria) {
        return ReportStatement.forPeriod("""
                select r.destination, r.urgency, count(*), count(distinct c.mother_id)
                from consultation c join care_plan_referral r on r.consultation_id = c.id
                where c.voided = false and c.started_at >= :from and c.started_at < :to %s
                group by r.destination, r.urgency order by r.destination, r.urgency
                """.formatted(consultantClause(criteria)), criteria);
    }

    /** The rows of {@link #visitReasons} and {@link #supplyConcerns}: key, mentions, mothers. */
    public static List<CountRow> readMentions(List<Object[]> rows) {
        return rows.stream()
                .map(row -> new CountRow((String) row[0], "", number(row[1]), 0, number(row[2])))
                .toList();
    }

    /** The rows of {@link #flags}: flag key, raised, calling for a referral, mothers. */
    public static List<CountRow> readFlags(List<Object[]> rows) {
        return rows.stream()
                .map(row -> new CountRow((String) row[0], "", number(row[1]), number(row[2]), number(row[3])))
                .toList();
    }

    /** The rows of {@link #referrals}: destination, urgency, referrals, mothers. */
    public static List<CountRow> readReferrals(List<Object[]> rows) {
        return rows.stream()
                .map(row -> new CountRow((String) row[0], (String) row[1], number(row[2]), 0, number(row[3])))
                .toList();
    }
}
