package org.lactationclinic.infrastructure.demo;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The tables and columns of the connected database's current schema, read once, names in lower case. */
final class DatabaseColumns {

    private final Map<String, Set<String>> columns = new HashMap<>();
    private final Map<String, Set<String>> required = new HashMap<>();

    DatabaseColumns(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet rs = meta.getColumns(connection.getCatalog(), connection.getSchema(), "%", "%")) {
            while (rs.next()) {
                String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                String column = rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                columns.computeIfAbsent(table, name -> new LinkedHashSet<>()).add(column);
                boolean notNull = rs.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls;
                boolean hasDefault =
                        rs.getString("COLUMN_DEF") != null || "YES".equals(rs.getString("IS_AUTOINCREMENT"));
                if (notNull && !hasDefault) {
                    required.computeIfAbsent(table, name -> new LinkedHashSet<>())
                            .add(column);
                }
            }
        }
    }

    boolean hasTable(String table) {
        return columns.containsKey(table);
    }

    boolean hasColumn(String table, String column) {
        return columnsOf(table).contains(column);
    }

    Set<String> columnsOf(String table) {
        return columns.getOrDefault(table, Set.of());
    }

    /** NOT NULL columns with no default: an insert must name them. */
    Set<String> requiredColumnsOf(String table) {
        return required.getOrDefault(table, Set.of());
    }
}
