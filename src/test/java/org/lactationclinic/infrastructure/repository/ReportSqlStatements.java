package org.lactationclinic.infrastructure.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lactationclinic.domain.pumping.PumpingThresholds;
import org.lactationclinic.domain.reporting.ReportCriteria;
import org.lactationclinic.infrastructure.repository.report.ActivityQuery;
import org.lactationclinic.infrastructure.repository.report.InfantOutcomesQuery;
import org.lactationclinic.infrastructure.repository.report.PumpingBandsQuery;
import org.lactationclinic.infrastructure.repository.report.ReasonsQueries;
import org.lactationclinic.infrastructure.repository.report.ReportStatement;
import org.lactationclinic.infrastructure.repository.report.ScoreChangesQuery;
import org.lactationclinic.infrastructure.repository.report.WellbeingQueries;

/**
 * Every report query by name, and its text and parameters as a JDBC statement bound as Hibernate binds them: for the
 * benchmark and the H2 test, which run each statement {@link ReportRepository} runs. Kept here so that the application
 * holds no code that only they use.
 */
final class ReportSqlStatements {

    /** The report queries {@link ReportRepository} runs, one per statement. */
    enum ReportQuery {
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

    /** A named parameter, {@code :from}; not a {@code ::} cast nor a colon inside a word. */
    private static final Pattern PARAMETER = Pattern.compile("(?<![:\\w]):([a-z][a-z0-9_]*)");

    private ReportSqlStatements() {}

    /**
     * The statement of a report query, from the query class the application calls.
     *
     * @param extra the pumping thresholds or the EPDS cut-off, where the query needs one
     */
    static ReportStatement sql(ReportQuery query, ReportCriteria criteria, Object extra) {
        return switch (query) {
            case ACTIVITY -> ActivityQuery.statement(criteria);
            case VISIT_REASONS -> ReasonsQueries.visitReasons(criteria);
            case SUPPLY_CONCERNS -> ReasonsQueries.supplyConcerns(criteria);
            case FLAGS -> ReasonsQueries.flags(criteria);
            case REFERRALS -> ReasonsQueries.referrals(criteria);
            case INFANT_OUTCOMES -> InfantOutcomesQuery.statement(criteria);
            case SCORE_CHANGES -> ScoreChangesQuery.statement(criteria);
            case PUMPING_BANDS -> PumpingBandsQuery.statement(criteria, (PumpingThresholds) extra);
            case WELLBEING -> WellbeingQueries.screening(criteria, (Integer) extra);
            case ITEM_TEN_REFERRED -> WellbeingQueries.itemTenReferred(criteria);
        };
    }

    /** The statement with each :name replaced by ? and its value bound in the order the names appear. */
    static PreparedStatement prepare(Connection connection, ReportStatement sql) throws SQLException {
        List<String> order = new ArrayList<>();
        Matcher matcher = PARAMETER.matcher(sql.text());
        while (matcher.find()) {
            order.add(matcher.group(1));
        }
        if (!order.containsAll(sql.parameters().keySet())
                || !sql.parameters().keySet().containsAll(order)) {
            throw new IllegalStateException("The query names " + order + " but binds "
                    + sql.parameters().keySet());
        }
        PreparedStatement statement =
                connection.prepareStatement(PARAMETER.matcher(sql.text()).replaceAll("?"));
        for (int i = 0; i < order.size(); i++) {
            Object value = sql.parameters().get(order.get(i));
            statement.setObject(i + 1, value instanceof LocalDateTime time ? Timestamp.valueOf(time) : value);
        }
        return statement;
    }
}
