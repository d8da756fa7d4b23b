package org.lactationclinic.infrastructure.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.lactationclinic.infrastructure.database.DatabaseSettings;
import org.lactationclinic.infrastructure.database.SchemaMigration;

/**
 * MicroProfile Health readiness (issue 15, point 4), served by Payara at {@code /health/ready}: 200 while this server
 * can take requests, 503 when not, which is what a load balancer asks before sending it users (deploy/README.md). Ready
 * means: the migrations have run at start-up, the database answers, and its schema is at the migration this WAR expects
 * ({@link SchemaMigration#expectedVersion()}): a database restored from an older backup, or switched under a running
 * server, makes it not ready.
 *
 * <p>The answer carries the check's name and UP or DOWN, nothing else: no versions, no database address, no error text
 * (the endpoint is anonymous; the reason is in the server log).
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    static final String NAME = "database";
    /** Seconds a load balancer's probe waits at most for the database: an answer, not a hang, when it is stuck. */
    static final int QUERY_TIMEOUT_SECONDS = 3;

    private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class.getName());

    @Resource(lookup = DatabaseSettings.DATASOURCE)
    private DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named(NAME)
                .status(ready(dataSource, SchemaMigration.expectedVersion()))
                .build();
    }

    /** Whether the database answers and has applied the expected migration; false, and a log line, when not. */
    static boolean ready(DataSource dataSource, Optional<String> expectedVersion) {
        if (expectedVersion.isEmpty()) {
            return false; // still starting: the migrations have not run
        }
        // Flyway's own table; the quoted lower-case names are how Flyway creates it on H2 and on PostgreSQL.
        String sql = "select count(*) from \"flyway_schema_history\" where \"version\" = ? and \"success\" = true";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
            query.setString(1, expectedVersion.get());
            try (ResultSet rows = query.executeQuery()) {
                if (rows.next() && rows.getLong(1) > 0) {
                    return true;
                }
            }
            LOG.warning(() -> "Not ready: the database's schema is not at migration " + expectedVersion.get());
            return false;
        } catch (SQLException | RuntimeException unreachable) {
            LOG.log(Level.WARNING, "Not ready: the database cannot be asked", unreachable);
            return false;
        }
    }
}
