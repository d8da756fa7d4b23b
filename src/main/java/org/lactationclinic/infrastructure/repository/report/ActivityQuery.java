package org.lactationclinic.infrastructure.repository.report;

import static org.lactationclinic.infrastructure.repository.report.ReportColumns.date;
import static org.lactationclinic.infrastructure.repository.report.ReportColumns.number;

import java.util.List;
import org.lactationclinic.domain.consultation.ConsultationType;
import org.lactationclinic.domain.reporting.ReportCriteria;
import org.lactationclinic.domain.reporting.ReportResults.ActivityRow;

/** The activity report: consultations and new mothers per week or month, consultant and type. */
public final class ActivityQuery {

    private ActivityQuery() {}

    /**
     * One pass over the consultations of the mothers seen in the period (all their consultations, so that the first one
     * ever is known): {@code row_number()} per mother marks her first, then the period's rows are grouped. Written
     * without {@code IN (subquery)} and without joining an aggregated derived table from the outside: H2 re-evaluates
     * both for every row (seconds on a few thousand consultations), while a derived table that drives the join is read
     * once.
     */
    public static ReportStatement statement(ReportCriteria criteria) {
        String bucket = ReportSql.periodStart("x.started_at", criteria.interval());
        String consultant = criteria.consultantId() == null ? "" : "and x.consultant_id = :consultant";
        String text = """
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
        return ReportStatement.forPeriod(text, criteria);
    }

    /** The rows: bucket, consultant id and name, type, consultations, new mothers. */
    public static List<ActivityRow> read(List<Object[]> rows) {
        return rows.stream()
                .map(row -> new ActivityRow(
                        date(row[0]),
                        number(row[1]),
                        (String) row[2],
                        ConsultationType.valueOf((String) row[3]),
                        number(row[4]),
                        number(row[5])))
                .toList();
    }
}
