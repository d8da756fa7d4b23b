package org.lactationclinic.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;

/**
 * Brings the database schema up to date before the application serves its first request. Flyway's
 * migrations under {@code db/migration} are the only source of the schema; Hibernate never creates or
 * changes tables.
 * <p>
 * Runs outside a container transaction: Flyway manages its own transactions per migration, and a JTA
 * transaction around it would hold every DDL statement in one long transaction (and PostgreSQL would
 * refuse some of them).
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@DataSourceDefinition(
        name = DatabaseSettings.DATASOURCE,
        className = "org.lactationclinic.infrastructure.persistence.JdbcUrlDataSource",
        url = "${MPCONFIG=" + DatabaseSettings.URL_KEY + ":" + DatabaseSettings.DEFAULT_URL + "}",
        user = "${MPCONFIG=DB_USER:" + DatabaseSettings.DEFAULT_USER + "}",
        password = "${MPCONFIG=DB_PASSWORD:}",
        minPoolSize = 2,
        maxPoolSize = 30,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data"
        })
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = DatabaseSettings.DATASOURCE)
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        String url;
        try (Connection connection = dataSource.getConnection()) {
            url = connection.getMetaData().getURL();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database to migrate it", e);
        }
        MigrateResult result = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locationsFor(url))
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    /**
     * The shared migrations, plus the ones written in one database's own language (a trigger's body), in
     * db/vendor/h2 or db/vendor/postgresql; both sets carry the same versions, so the schema versions agree.
     */
    public static String[] locationsFor(String jdbcUrl) {
        String vendor = jdbcUrl.startsWith("jdbc:postgresql:") ? "postgresql" : "h2";
        return new String[]{"classpath:db/migration", "classpath:db/vendor/" + vendor};
    }
}
