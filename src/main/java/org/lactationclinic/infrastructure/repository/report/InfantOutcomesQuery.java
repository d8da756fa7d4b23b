package org.lactationclinic.infrastructure.repository.report;

import static org.lactationclinic.infrastructure.repository.report.ReportColumns.number;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lactationclinic.domain.charting.FeedingStatusType;
import org.lactationclinic.domain.reporting.BirthWeightRecovery;
import org.lactationclinic.domain.reporting.OutcomeCheckType;
import org.lactationclinic.domain.reporting.ReportCriteria;
import org.lactationclinic.domain.reporting.ReportResults.BirthWeightRecoveryResult;
import org.lactationclinic.domain.reporting.ReportResults.FeedingStatusAtCheck;

/**
 * The outcomes report's infants: {@link OutcomeCheckType} and {@link BirthWeightRecovery}, the infants due each check
 * in the period with their feeding status there, and of those due the two-week check, how many were weighed on days
 * 10-21 and how many were back to birth weight by day 14. One query, read as one row.
 */
public final class InfantOutcomesQuery {

    private InfantOutcomesQuery() {}

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
    public static ReportStatement statement(ReportCriteria criteria) {
        return ReportStatement.withConsultant(text(criteria), birthRanges(criteria), criteria);
    }

    /** Each check's birth range, then the range of them all; a range's end is the day after its last birth date. */
    private static Map<String, Object> birthRanges(ReportCriteria criteria) {
        Map<String, Object> parameters = new LinkedHashMap<>();
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
        return parameters;
    }

    private static String text(ReportCriteria criteria) {
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
                    max(case when f.weight_grams is not null and f.weighed_at < %s
                          and f.weight_grams >= i.birth_weight_grams then 1 else 0 end) as back
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

    /** The feeding status at each check, in the order of {@link OutcomeCheckType}, from the query's one row. */
    public static List<FeedingStatusAtCheck> feedingStatuses(Object[] row) {
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
        return List.copyOf(statuses);
    }

    /** The birth-weight recovery, from the query's one row: its last two columns, after the checks' counts. */
    public static BirthWeightRecoveryResult birthWeight(Object[] row) {
        int column = OutcomeCheckType.values().length * (1 + FeedingStatusType.values().length);
        return new BirthWeightRecoveryResult(number(row[column]), number(row[column + 1]));
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
}
