package org.lactationclinic.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.h2.api.Trigger;

/**
 * The H2 twin of the PostgreSQL trigger in db/vendor/postgresql/V14: after a mother row is inserted or updated,
 * {@code mother_search_term} holds each word of her {@code search_name} (kind N) and each suffix of her
 * {@code phone_digits} (kind P), which the mother search looks up by index.
 */
public class MotherSearchTerms implements Trigger {

    private int id = -1;
    private int searchName = -1;
    private int phoneDigits = -1;

    @Override
    public void init(Connection connection, String schema, String trigger, String table, boolean before, int type)
            throws SQLException {
        try (ResultSet columns = connection.getMetaData().getColumns(null, schema, table, null)) {
            while (columns.next()) {
                int index = columns.getInt("ORDINAL_POSITION") - 1;
                switch (columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT)) {
                    case "id" -> id = index;
                    case "search_name" -> searchName = index;
                    case "phone_digits" -> phoneDigits = index;
                    default -> {}
                }
            }
        }
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        if (newRow == null) {
            return;
        }
        if (oldRow != null
                && Objects.equals(oldRow[searchName], newRow[searchName])
                && Objects.equals(oldRow[phoneDigits], newRow[phoneDigits])
                && hasTerms(connection, newRow[id])) {
            return; // nothing searched changed (V14's backfill updates rows whose terms are not written yet)
        }
        long mother = ((Number) newRow[id]).longValue();
        try (PreparedStatement delete =
                connection.prepareStatement("delete from mother_search_term where mother_id = ?")) {
            delete.setLong(1, mother);
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into mother_search_term (mother_id, kind, term) values (?, ?, ?)")) {
            for (String term : termsOf((String) newRow[searchName], (String) newRow[phoneDigits])) {
                insert.setLong(1, mother);
                insert.setString(2, term.substring(0, 1));
                insert.setString(3, term.substring(1));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static boolean hasTerms(Connection connection, Object mother) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("select 1 from mother_search_term where mother_id = ?")) {
            select.setObject(1, mother);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** The terms, each prefixed by its kind: N and each word of the folded name, P and each suffix of the digits. */
    static Set<String> termsOf(String searchName, String phoneDigits) {
        Set<String> terms = new LinkedHashSet<>();
        for (String word : searchName.split(" ")) {
            if (!word.isEmpty()) {
                terms.add("N" + word);
            }
        }
        if (phoneDigits != null) {
            for (int i = 0; i < phoneDigits.length(); i++) {
                terms.add("P" + phoneDigits.substring(i));
            }
        }
        return terms;
    }
}
