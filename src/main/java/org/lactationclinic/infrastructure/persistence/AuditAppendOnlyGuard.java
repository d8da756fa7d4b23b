package org.lactationclinic.infrastructure.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * The H2 twin of the PostgreSQL trigger in db/vendor/postgresql/V12_1: an audit event is never updated or deleted. H2
 * calls it before every row update or delete of {@code audit_event}.
 */
public class AuditAppendOnlyGuard implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException(
                "audit_event is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " refused", "42501");
    }
}
