package org.lactationclinic.infrastructure.repository.report;

import static org.lactationclinic.infrastructure.repository.report.ReportColumns.number;

import java.util.List;
import org.lactationclinic.domain.pumping.PumpingThresholds;
import org.lactationclinic.domain.pumping.VolumeBandType;
import org.lactationclinic.domain.reporting.ReportCriteria;
import org.lactationclinic.domain.reporting.ReportResults.BandChangeRow;

/**
 * The outcomes report's pumping: mothers by the band of their first and their latest 24 hours of pumping in the period.
 * The first 24 hours start with her first session in the period, the latest end with her last one (PumpingLog's rolling
 * window); only mothers whose log in the period spans at least 24 hours count, so the two never overlap. With a
 * consultant chosen, only the mothers that consultant has seen.
 */
public final class PumpingBandsQuery {

    private PumpingBandsQuery() {}

    /** The query, with the clinic's band thresholds written in as integers. */
    public static ReportStatement statement(ReportCriteria criteria, PumpingThresholds thresholds) {
        String consultant = criteria.consultantId() == null
                ? ""
                : "join (select distinct c.mother_id from consultation c"
                        + " where c.voided = false and c.consultant_id = :consultant) m on m.mother_id = p.mother_id";
        String text = """
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
        return ReportStatement.forPeriod(text, criteria);
    }

    /** The rows: first band, latest band, mothers. */
    public static List<BandChangeRow> read(List<Object[]> rows) {
        return rows.stream()
                .map(row -> new BandChangeRow(
                        VolumeBandType.valueOf((String) row[0]),
                        VolumeBandType.valueOf((String) row[1]),
                        number(row[2])))
                .toList();
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
}
