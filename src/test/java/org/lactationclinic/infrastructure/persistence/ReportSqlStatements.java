package org.lactationclinic.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A report query's text and parameters ({@link ReportRepository#sql}) as a JDBC statement, bound as Hibernate binds them. */
final class ReportSqlStatements {

    private static final Pattern PARAMETER = Pattern.compile("\\?(\\d+)");

    private ReportSqlStatements() {
    }

    /** The statement with each ?N replaced by ? and its value bound in the order the ?N appear. */
    static PreparedStatement prepare(Connection connection, ReportRepository.Sql sql) throws SQLException {
        List<Integer> order = new ArrayList<>();
        Matcher matcher = PARAMETER.matcher(sql.text());
        while (matcher.find()) {
            order.add(Integer.parseInt(matcher.group(1)));
        }
        PreparedStatement statement = connection.prepareStatement(PARAMETER.matcher(sql.text()).replaceAll("?"));
        for (int i = 0; i < order.size(); i++) {
            Object value = sql.parameters().get(order.get(i) - 1);
            statement.setObject(i + 1, value instanceof LocalDateTime time ? Timestamp.valueOf(time) : value);
        }
        return statement;
    }
}
