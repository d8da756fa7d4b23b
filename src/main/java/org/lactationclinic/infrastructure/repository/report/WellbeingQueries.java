package org.lactationclinic.infrastructure.repository.report;

import static org.lactationclinic.infrastructure.repository.report.ReportColumns.number;
import static org.lactationclinic.infrastructure.repository.report.ReportSql.consultantClause;

import org.lactationclinic.domain.reporting.ReportCriteria;
import org.lactationclinic.domain.reporting.ReportResults.WellbeingResult;
import org.lactationclinic.domain.wellbeing.EpdsItemType;

/**
 * The well-being report: EPDS screening of the period's consultations against the clinic's referral cut-off, and the
 * item-10 alerts followed by a mental-health referral. Each query is read as one row.
 */
public final class WellbeingQueries {

    private WellbeingQueries() {}

    /**
     * Consultations, screened (all ten items), at or above the cut-off (written in as an integer), with an item-10
     * alert, and alerts acknowledged.
     */
    public static ReportStatement screening(ReportCriteria criteria, int cutOff) {
        String text = """
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
        return ReportStatement.forPeriod(text, criteria);
    }

    /** The screening's one row, against the cut-off it was counted with. */
    public static WellbeingResult readScreening(Object[] row, int cutOff) {
        return new WellbeingResult(
                number(row[0]), number(row[1]), number(row[2]), cutOff, number(row[3]), number(row[4]));
    }

    /**
     * Of the consultations with an item-10 alert, how many made a MENTAL_HEALTH referral in their care plan. Reads the
     * care plan's referrals, like {@link ReasonsQueries#referrals}.
     */
    public static ReportStatement itemTenReferred(ReportCriteria criteria) {
        String text = """
                select count(distinct c.id)
                from consultation c
                join care_plan_referral r on r.consultation_id = c.id and r.destination = 'MENTAL_HEALTH'
                where c.voided = false and c.started_at >= :from and c.started_at < :to %s and %s
                """.formatted(consultantClause(criteria), itemTenAlert("c"));
        return ReportStatement.forPeriod(text, criteria);
    }

    /** The count of {@link #itemTenReferred}'s one row. */
    public static long readItemTenReferred(Object[] row) {
        return number(row[0]);
    }

    private static String itemTenAlert(String alias) {
        return "%s > 0".formatted(ReportSql.epdsScore(alias, EpdsItemType.ITEM_10));
    }
}
