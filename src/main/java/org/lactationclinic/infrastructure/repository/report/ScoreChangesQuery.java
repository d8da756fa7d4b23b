package org.lactationclinic.infrastructure.repository.report;

import static org.lactationclinic.infrastructure.repository.report.ReportColumns.decimal;
import static org.lactationclinic.infrastructure.repository.report.ReportColumns.number;
import static org.lactationclinic.infrastructure.repository.report.ReportSql.consultantClause;

import org.lactationclinic.domain.reporting.ReportCriteria;
import org.lactationclinic.domain.reporting.ScoreChange;

/**
 * The outcomes report's {@link ScoreChange}s, first to latest consultation in the period: the LATCH total and the BTAT
 * total of each baby, and the mother's nipple pain, the highest recorded anywhere in the consultation (either side of
 * the breast findings or any observed feed: clinical-reference.md, section 1, the nipple-pain rule), for each mother.
 * One query, read as one row of three measures.
 */
public final class ScoreChangesQuery {

    /** The columns of one measure in the row: {@link #changeColumns}. */
    private static final int COLUMNS = 6;

    private ScoreChangesQuery() {}

    /**
     * The three score changes as one row: three single-row aggregates side by side. Each reads its visits once: per
     * subject (the baby for LATCH and BTAT, the mother for pain) and consultation one value (the average complete LATCH
     * total of the observed feeds; the complete BTAT total; the highest nipple pain of the breast findings and the
     * observed feeds); then per subject the number of visits with a value and the first and latest visit's value
     * ({@link ReportSql#visitKey}, min and max); then the counts and sums of {@link #changeColumns}. Grouped aggregates
     * throughout, no window functions.
     */
    public static ReportStatement statement(ReportCriteria criteria) {
        String period =
                "c.voided = false and c.started_at >= :from and c.started_at < :to " + consultantClause(criteria);
        String latch = """
                select f.infant_id as subject_id, c.id as cid, c.started_at,
                       cast(avg(cast(%s as decimal(8, 4))) as decimal(8, 4)) as v
                from consultation c
                join infant_findings f on f.consultation_id = c.id
                join feed_observation o on o.findings_id = f.id
                where %s and f.voided = false and %s
                group by f.infant_id, c.id, c.started_at
                """.formatted(ReportSql.latchTotal("o"), period, ReportSql.latchComplete("o"));
        String btat = """
                select f.infant_id as subject_id, c.id as cid, c.started_at,
                       cast(max(%s) as decimal(8, 4)) as v
                from consultation c
                join infant_findings f on f.consultation_id = c.id
                where %s and f.voided = false and %s
                group by f.infant_id, c.id, c.started_at
                """.formatted(ReportSql.btatTotal("f"), period, ReportSql.btatComplete("f"));
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
        String text = """
                select l.paired, l.first_sum, l.last_sum, l.went_up, l.stayed, l.went_down,
                       b.paired, b.first_sum, b.last_sum, b.went_up, b.stayed, b.went_down,
                       p.paired, p.first_sum, p.last_sum, p.went_up, p.stayed, p.went_down
                from (%s) l cross join (%s) b cross join (%s) p
                """.formatted(firstToLatest(latch), firstToLatest(btat), firstToLatest(pain));
        return ReportStatement.forPeriod(text, criteria);
    }

    /** The LATCH change, from the query's one row (higher is better). */
    public static ScoreChange latch(Object[] row) {
        return scoreChange(row, 0, true);
    }

    /** The BTAT change, from the query's one row (higher is better). */
    public static ScoreChange btat(Object[] row) {
        return scoreChange(row, COLUMNS, true);
    }

    /** The nipple pain change, from the query's one row (lower is better). */
    public static ScoreChange pain(Object[] row) {
        return scoreChange(row, 2 * COLUMNS, false);
    }

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
}
