package org.lactationclinic.infrastructure.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One table the generator fills, by JDBC batch inserts. A row is built column by column by name ({@link #set}); a
 * column the table does not have in this database (one a later migration adds, declared {@linkplain #optional
 * optional}) is left out of the insert and its values ignored, so the generator can fill what exists without knowing
 * the migration version.
 */
final class BatchTable {

    private final String name;
    private final List<String> columns;
    private final Map<String, Integer> index = new HashMap<>();
    private final Object[] values;
    private PreparedStatement insert;
    private int pending;
    private long rows;

    private BatchTable(String name, List<String> columns) {
        this.name = name;
        this.columns = List.copyOf(columns);
        for (int i = 0; i < this.columns.size(); i++) {
            index.put(this.columns.get(i), i);
        }
        values = new Object[this.columns.size()];
    }

    /**
     * @param required columns that must exist (the migrations this generator was written against)
     * @param optional columns filled only when the database has them
     */
    static BatchTable of(DatabaseColumns database, String table, List<String> required, List<String> optional) {
        Set<String> existing = database.columnsOf(table);
        List<String> missing =
                required.stream().filter(column -> !existing.contains(column)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException(
                    "Table " + table + " lacks columns " + missing + ": is the schema migrated?");
        }
        List<String> columns = new ArrayList<>(required);
        optional.stream().filter(existing::contains).forEach(columns::add);
        List<String> unknownRequired = database.requiredColumnsOf(table).stream()
                .filter(column -> !columns.contains(column))
                .toList();
        if (!unknownRequired.isEmpty()) {
            throw new IllegalStateException(
                    "Table " + table + " has NOT NULL columns without a default that the generator" + " does not fill: "
                            + unknownRequired);
        }
        return new BatchTable(table, columns);
    }

    static BatchTable of(DatabaseColumns database, String table, String... required) {
        return of(database, table, Arrays.asList(required), List.of());
    }

    void open(Connection connection) throws SQLException {
        String placeholders =
                String.join(", ", columns.stream().map(column -> "?").toList());
        insert = connection.prepareStatement(
                "insert into " + name + " (" + String.join(", ", columns) + ") values (" + placeholders + ")");
    }

    boolean has(String column) {
        return index.containsKey(column);
    }

    /** Sets a column of the row being built; ignored for an optional column this database lacks. */
    BatchTable set(String column, Object value) {
        Integer at = index.get(column);
        if (at != null) {
            values[at] = value;
        }
        return this;
    }

    /** Adds the row built so far to the batch and starts the next one empty. */
    void add() throws SQLException {
        for (int i = 0; i < values.length; i++) {
            insert.setObject(i + 1, values[i]);
            values[i] = null;
        }
        insert.addBatch();
        pending++;
        rows++;
    }

    void flush() throws SQLException {
        if (pending > 0) {
            insert.executeBatch();
            pending = 0;
        }
    }

    void close() throws SQLException {
        if (insert != null) {
            insert.close();
        }
    }

    String name() {
        return name;
    }

    long rows() {
        return rows;
    }
}
