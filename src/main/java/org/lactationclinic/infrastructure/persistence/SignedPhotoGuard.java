package org.lactationclinic.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.h2.api.Trigger;

/**
 * The H2 twin of the PostgreSQL trigger in db/vendor/postgresql/V94_1 (first V70_1): a photograph's pixels, subject and
 * consultation never change, a void is never undone nor rewritten, and a photograph is taken only while its
 * consultation is a draft. It is voided while the consultation is a draft, or once signed only through an amendment:
 * with the number of the consultation's latest amendment in {@code voided_in_amendment} (V94), which never changes
 * afterwards. H2 calls it for every insert and update of {@code consultation_photo}.
 */
public class SignedPhotoGuard implements Trigger {

    /** Columns fixed from the insert on. */
    private static final Set<String> FIXED =
            Set.of("uuid", "consultation_id", "subject", "media_type", "width_px", "height_px", "image", "thumbnail");

    /** A void's own columns: once a photograph is voided, who voided it, when and why never change. */
    private static final Set<String> VOID_DETAILS = Set.of("void_reason", "voided_by", "voided_at");

    /** The number of the amendment that voided a signed consultation's photograph (V94). */
    private static final String AMENDMENT = "voided_in_amendment";

    private final Map<String, Integer> columns = new HashMap<>();

    @Override
    public void init(Connection connection, String schema, String trigger, String table, boolean before, int type)
            throws SQLException {
        try (ResultSet found = connection.getMetaData().getColumns(null, schema, table, null)) {
            while (found.next()) {
                columns.put(
                        found.getString("COLUMN_NAME").toLowerCase(Locale.ROOT), found.getInt("ORDINAL_POSITION") - 1);
            }
        }
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        if (newRow == null) {
            return;
        }
        boolean insert = oldRow == null;
        if (!insert) {
            boolean fixedChanged = FIXED.stream()
                    .anyMatch(name -> !Objects.deepEquals(oldRow[columns.get(name)], newRow[columns.get(name)]));
            boolean unvoided = Boolean.TRUE.equals(oldRow[columns.get("voided")])
                    && !Boolean.TRUE.equals(newRow[columns.get("voided")]);
            boolean voidingNow = !Boolean.TRUE.equals(oldRow[columns.get("voided")])
                    && Boolean.TRUE.equals(newRow[columns.get("voided")]);
            boolean amendmentChanged =
                    !Objects.equals(oldRow[columns.get(AMENDMENT)], newRow[columns.get(AMENDMENT)]) && !voidingNow;
            boolean voidRewritten = Boolean.TRUE.equals(oldRow[columns.get("voided")])
                    && VOID_DETAILS.stream()
                            .anyMatch(name -> !Objects.equals(oldRow[columns.get(name)], newRow[columns.get(name)]));
            if (fixedChanged || unvoided || amendmentChanged || voidRewritten) {
                throw new SQLException(
                        "photograph " + oldRow[columns.get("uuid")] + " never changes: it is only voided", "23514");
            }
        }
        Object amendment = newRow[columns.get(AMENDMENT)];
        Consultation consultation = consultationOf(connection, newRow[columns.get("consultation_id")]);
        if (insert && (!consultation.isDraft() || amendment != null)) {
            throw new SQLException(
                    "consultation of photograph " + newRow[columns.get("uuid")]
                            + " is signed: its photographs are read-only",
                    "23514");
        }
        boolean voidChanged = !insert && !Objects.equals(oldRow[columns.get("voided")], newRow[columns.get("voided")]);
        boolean voidAllowed = consultation.isDraft()
                ? amendment == null
                : amendment != null && ((Number) amendment).intValue() == consultation.amendments();
        if (voidChanged && !voidAllowed) {
            throw new SQLException(
                    "consultation of photograph " + newRow[columns.get("uuid")]
                            + " is signed: a photograph is voided only by its latest amendment",
                    "23514");
        }
    }

    private record Consultation(String status, int amendments) {
        boolean isDraft() {
            return "DRAFT".equals(status);
        }
    }

    private static Consultation consultationOf(Connection connection, Object consultationId) throws SQLException {
        try (PreparedStatement query =
                connection.prepareStatement("select status, amendment_count from consultation where id = ?")) {
            query.setObject(1, consultationId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? new Consultation(row.getString(1), row.getInt(2)) : new Consultation(null, 0);
            }
        }
    }
}
