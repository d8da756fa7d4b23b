package org.lactationclinic.infrastructure.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.h2.api.Trigger;

/**
 * The H2 twin of the PostgreSQL trigger in db/vendor/postgresql/V10: a consultation that is no longer a draft changes
 * its clinical content, status or item-10 acknowledgement only in the same update that raises {@code amendment_count}
 * by one; it never goes back to draft and the count never goes down. H2 calls it for every row update of
 * {@code consultation}.
 */
public class SignedConsultationGuard implements Trigger {

    /** Columns that may change on a signed row without an amendment: bookkeeping and voiding. */
    private static final Set<String> FREE = Set.of(
            "id",
            "uuid",
            "version",
            "created_at",
            "created_by",
            "changed_at",
            "changed_by",
            "voided",
            "voided_at",
            "voided_by",
            "void_reason",
            "amendment_count");

    private final List<Integer> guarded = new ArrayList<>();
    private int status = -1;
    private int amendmentCount = -1;
    private int uuid = -1;

    @Override
    public void init(Connection connection, String schema, String trigger, String table, boolean before, int type)
            throws SQLException {
        try (ResultSet columns = connection.getMetaData().getColumns(null, schema, table, null)) {
            while (columns.next()) {
                String name = columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                int index = columns.getInt("ORDINAL_POSITION") - 1;
                switch (name) {
                    case "status" -> status = index;
                    case "amendment_count" -> amendmentCount = index;
                    case "uuid" -> uuid = index;
                    default -> {}
                }
                if (!FREE.contains(name)) {
                    guarded.add(index);
                }
            }
        }
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        if ("DRAFT".equals(oldRow[status])) {
            return;
        }
        boolean backToDraft = "DRAFT".equals(newRow[status]);
        int before = ((Number) oldRow[amendmentCount]).intValue();
        int after = ((Number) newRow[amendmentCount]).intValue();
        boolean countValid = after == before || after == before + 1;
        boolean contentChanged = guarded.stream().anyMatch(index -> !Objects.equals(oldRow[index], newRow[index]));
        if (backToDraft || !countValid || (contentChanged && after == before)) {
            throw new SQLException(
                    "consultation " + oldRow[uuid] + " is signed: it changes only through an amendment", "23514");
        }
    }
}
