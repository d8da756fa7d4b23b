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
import org.lactationclinic.infrastructure.repository.report.ReportStatement;

/**
 * A report query's text and parameters ({@link ReportRepository#sql}) as a JDBC statement, bound as Hibernate binds
 * them.
 */
final class ReportSqlStatements {

    /** A named parameter, {@code :from}; not a {@code ::} cast nor a colon inside a word. */
    private static final Pattern PARAMETER = Pattern.compile("(?<![:\\w]):([a-z][a-z0-9_]*)");

    private ReportSqlStatements() {}

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
