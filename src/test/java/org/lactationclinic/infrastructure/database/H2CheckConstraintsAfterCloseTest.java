package org.lactationclinic.infrastructure.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The embedded database must keep working after the connection that opened it is closed. H2 2.4.240 kept the session
 * that first parsed a {@code CHECK (x IN (...))} constraint as the comparator of its value set (h2database issues 4302
 * and 4308, fixed in 2.5 by PR 4311): once the pool retired that connection, about ten minutes after the clinic
 * started, every write to such a table failed with "Check constraint invalid" caused by "The database has been closed",
 * and sign-in with it (its audit insert failed).
 *
 * <p>This test migrates a fresh database on one connection, which parses every constraint, closes it, and then writes a
 * row to every table with a check constraint through a second connection. A row may be refused by a constraint (an
 * ordinary violation, which is the constraint working); it must never meet an invalid one. Referential integrity is
 * off, so a row needs no parents: only the check constraints are under test.
 */
class H2CheckConstraintsAfterCloseTest {

    private static final Pattern FIRST_IN_LITERAL =
            Pattern.compile("\"?(\\w+)\"?\\s+IN\\s*\\(\\s*'([^']*)'", Pattern.CASE_INSENSITIVE);

    @Test
    void writes_shouldPassCheckConstraints_afterTheConnectionThatParsedThemIsClosed() throws SQLException {
        String url = "jdbc:h2:mem:check-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Connection opener = DriverManager.getConnection(url, "sa", "");
        Flyway.configure(getClass().getClassLoader())
                .dataSource(url, "sa", "")
                .locations(SchemaMigration.locationsFor(url))
                .load()
                .migrate();
        Map<String, List<String>> checksByTable;
        try (Statement statement = opener.createStatement()) {
            checksByTable = checkClausesByTable(statement);
            // An insert on the opening connection makes H2 prepare each constraint's value set in its session.
            for (String table : checksByTable.keySet()) {
                tryInsert(opener, table, checksByTable.get(table));
            }
        }
        opener.close();

        List<String> invalid = new ArrayList<>();
        int stored = 0;
        try (Connection later = DriverManager.getConnection(url, "sa", "")) {
            try (Statement statement = later.createStatement()) {
                statement.execute("set referential_integrity false");
            }
            for (Map.Entry<String, List<String>> table : checksByTable.entrySet()) {
                SQLException failure = tryInsert(later, table.getKey(), table.getValue());
                if (failure == null) {
                    stored++;
                } else if (isBrokenConstraint(failure)) {
                    invalid.add(table.getKey() + ": " + failure.getMessage());
                }
            }
            try (Statement statement = later.createStatement()) {
                statement.execute("shutdown");
            }
        }
        assertEquals(List.of(), invalid, "check constraints that broke after their parsing session closed");
        assertTrue(checksByTable.size() > 20, "tables with check constraints found: " + checksByTable.size());
        assertTrue(
                stored > checksByTable.size() / 2,
                "rows stored " + stored + " of " + checksByTable.size()
                        + ": the test rows should mostly pass their checks");
    }

    /** "Check constraint invalid" (23514) or "database has been closed" (90098), anywhere in the chain. */
    private static boolean isBrokenConstraint(SQLException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && (sql.getErrorCode() == 23514 || sql.getErrorCode() == 90098)) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, List<String>> checkClausesByTable(Statement statement) throws SQLException {
        Map<String, List<String>> checks = new LinkedHashMap<>();
        try (ResultSet rows = statement.executeQuery("""
                select tc.table_name, cc.check_clause
                from information_schema.table_constraints tc
                join information_schema.check_constraints cc
                  on cc.constraint_schema = tc.constraint_schema and cc.constraint_name = tc.constraint_name
                where tc.constraint_type = 'CHECK' and tc.table_schema = 'PUBLIC'
                order by tc.table_name""")) {
            while (rows.next()) {
                checks.computeIfAbsent(rows.getString(1), table -> new ArrayList<>())
                        .add(rows.getString(2));
            }
        }
        return checks;
    }

    /**
     * Inserts one row: a column named in an {@code IN} list gets the list's first value, every other not-null column a
     * plain value of its type. Returns the failure, or null when the row was stored.
     */
    private static SQLException tryInsert(Connection connection, String table, List<String> checks)
            throws SQLException {
        Map<String, String> allowed = new LinkedHashMap<>();
        for (String clause : checks) {
            Matcher in = FIRST_IN_LITERAL.matcher(clause);
            while (in.find()) {
                allowed.putIfAbsent(in.group(1).toUpperCase(), in.group(2));
            }
        }
        List<String> columns = new ArrayList<>();
        List<String> values = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                select column_name, data_type, is_nullable, column_default is not null or is_identity = 'YES'
                from information_schema.columns where table_schema = 'PUBLIC' and table_name = ?
                order by ordinal_position""")) {
            query.setString(1, table);
            try (ResultSet column = query.executeQuery()) {
                while (column.next()) {
                    String name = column.getString(1);
                    String value = allowed.containsKey(name)
                            ? "'" + allowed.get(name) + "'"
                            : "NO".equals(column.getString(3)) && !column.getBoolean(4)
                                    ? plainValueOf(column.getString(2))
                                    : null;
                    if (value != null) {
                        columns.add('"' + name + '"');
                        values.add(value);
                    }
                }
            }
        }
        String insert = "insert into \"" + table + "\" (" + String.join(", ", columns) + ") values ("
                + String.join(", ", values) + ")";
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(insert);
            return null;
        } catch (SQLException refused) {
            return refused;
        }
    }

    private static String plainValueOf(String dataType) {
        String type = dataType.toUpperCase();
        if (type.contains("CHAR")) {
            return "'x" + UUID.randomUUID().toString().substring(0, 8) + "'";
        } else if (type.equals("UUID")) {
            return "random_uuid()";
        } else if (type.contains("TIMESTAMP")) {
            return "current_timestamp";
        } else if (type.equals("DATE")) {
            return "current_date";
        } else if (type.contains("BOOLEAN")) {
            return "false";
        } else if (type.contains("BINARY") || type.contains("BLOB")) {
            return "X'00'";
        }
        return "1";
    }
}
