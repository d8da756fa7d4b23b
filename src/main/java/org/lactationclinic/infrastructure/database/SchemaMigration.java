package org.lactationclinic.infrastructure.database;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.lactationclinic.infrastructure.security.ProductionStart;

/**
 * Brings the database schema up to date before the application serves its first request. Flyway's migrations under
 * {@code db/migration} are the only source of the schema; Hibernate never creates or changes tables.
 *
 * <p>Runs outside a container transaction: Flyway manages its own transactions per migration, and a JTA transaction
 * around it would hold every DDL statement in one long transaction (and PostgreSQL would refuse some of them).
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@DataSourceDefinition(
        name = DatabaseSettings.DATASOURCE,
        className = "org.lactationclinic.infrastructure.database.JdbcUrlDataSource",
        url = "${MPCONFIG=" + DatabaseSettings.URL_KEY + ":" + DatabaseSettings.DEFAULT_URL + "}",
        user = "${MPCONFIG=DB_USER:" + DatabaseSettings.DEFAULT_USER + "}",
        password = "${MPCONFIG=DB_PASSWORD:}",
        minPoolSize = 2,
        maxPoolSize = 30,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=meta-data",
            // The pool hands out the driver's own statements and result sets. Its wrappers call the JDBC 4.1 methods
            // by reflection, looking the method up on every call: ResultSet.getObject(column, type), which Hibernate
            // uses for every UUID and timestamp it reads, was 3% of the mother search's CPU (docs/performance.md).
            // Connections stay wrapped, so the pool still owns them; Hibernate closes every statement it opens.
            "fish.payara.wrap-jdbc-objects=false"
        })
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = DatabaseSettings.DATASOURCE)
    private DataSource dataSource;

    @Inject
    private Config config;

    @PostConstruct
    void migrate() {
        // Before anything touches a database: with the production switch, a missing DB_URL stops the server here.
        ProductionStart.check(config);
        String url;
        try (Connection connection = dataSource.getConnection()) {
            url = connection.getMetaData().getURL();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database to migrate it", e);
        }
        // Two roles (issue 15, deploy/README.md): the schema's owner migrates, the application's role only uses.
        Optional<String> owner =
                config.getOptionalValue(MIGRATION_USER_KEY, String.class).filter(u -> !u.isBlank());
        String appRole = config.getOptionalValue("DB_USER", String.class).orElse("");
        String[] locations = locationsFor(url);
        if (url.startsWith("jdbc:postgresql:")) {
            // The app role's privileges after every migration (it needs the ${appRole} placeholder given here).
            locations = java.util.stream.Stream.concat(
                            java.util.Arrays.stream(locations),
                            java.util.stream.Stream.of("classpath:db/callback/postgresql"))
                    .toArray(String[]::new);
        }
        FluentConfiguration flyway = Flyway.configure(SchemaMigration.class.getClassLoader())
                .locations(locations)
                .placeholders(Map.of("appRole", owner.isPresent() ? appRole : ""));
        if (owner.isPresent()) {
            flyway.dataSource(
                    url,
                    owner.get(),
                    config.getOptionalValue(MIGRATION_PASSWORD_KEY, String.class)
                            .orElse(""));
        } else {
            flyway.dataSource(dataSource);
        }
        Flyway loaded = flyway.load();
        MigrateResult result = loaded.migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
        // The newest migration this WAR carries: the readiness check (infrastructure.health) wants the database at it.
        var current = loaded.info().current();
        expectedVersion = current == null || current.getVersion() == null
                ? null
                : current.getVersion().getVersion();
        try (Connection connection = dataSource.getConnection()) {
            sizeCache(connection, url);
        } catch (SQLException e) {
            // a slower database, not a broken one (H2 lets only an admin user set it)
            LOG.warning(() -> "The database's cache size stays H2's default: " + e.getMessage());
        }
    }

    private static volatile String expectedVersion;

    /**
     * The schema version this WAR's migrations lead to (e.g. "81"), known once the migrations have run at start-up;
     * empty before. Static so that the readiness check asks it without waiting on this singleton's lock.
     */
    public static Optional<String> expectedVersion() {
        return Optional.ofNullable(expectedVersion);
    }

    /** The schema owner's login for the migrations; unset: the application's own login migrates (one role). */
    public static final String MIGRATION_USER_KEY = "DB_MIGRATION_USER";

    public static final String MIGRATION_PASSWORD_KEY = "DB_MIGRATION_PASSWORD";

    /** The most of H2's page cache, in KB: 256 MB. */
    static final long H2_CACHE_SIZE_KB = 262_144;

    /**
     * Gives an embedded H2 database a page cache of up to {@link #H2_CACHE_SIZE_KB} (H2 2.4's default is 16 MB), but
     * never more than a quarter of the heap. The clinic reports read index pages all over the file (the outcomes report
     * visits about 400,000 index entries for a year of a 250,000-consultation clinic); with the default most of those
     * reads went back to the file and decoded the page again. The cache only grows as pages are read, so a small clinic
     * uses little of it. H2 keeps the setting in the database file; it is set at every start so that a change of heap
     * is followed. Not a connection property: H2 empties its cache whenever a connection sets the size, and the pool
     * opens connections all day. A CACHE_SIZE in DB_URL wins; PostgreSQL sizes its own buffers.
     */
    public static void sizeCache(Connection connection, String url) throws SQLException {
        if (url.startsWith("jdbc:h2:") && !url.toUpperCase(Locale.ROOT).contains("CACHE_SIZE=")) {
            try (Statement statement = connection.createStatement()) {
                long quarterOfHeapKb = Runtime.getRuntime().maxMemory() / 4 / 1024;
                statement.execute("set cache_size " + Math.min(H2_CACHE_SIZE_KB, quarterOfHeapKb));
            }
        }
    }

    /**
     * The shared migrations, plus the ones written in one database's own language (a trigger's body), in db/vendor/h2
     * or db/vendor/postgresql; both sets carry the same versions, so the schema versions agree.
     */
    public static String[] locationsFor(String jdbcUrl) {
        String vendor = jdbcUrl.startsWith("jdbc:postgresql:") ? "postgresql" : "h2";
        return new String[] {"classpath:db/migration", "classpath:db/vendor/" + vendor};
    }
}
