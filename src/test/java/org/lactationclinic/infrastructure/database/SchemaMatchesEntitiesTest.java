package org.lactationclinic.infrastructure.database;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.PersistenceUnitTransactionType;
import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.HibernatePersistenceProvider;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.hibernate.jpa.boot.spi.JpaSettings;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Table;
import org.hibernate.tool.schema.spi.SchemaManagementException;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.format.FormatMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.lactationclinic.domain.audit.AuditEvent;
import org.lactationclinic.domain.careplan.Intervention;
import org.lactationclinic.domain.consent.ConsentDecision;
import org.lactationclinic.domain.consultation.Consultation;
import org.lactationclinic.domain.consultation.InfantFindings;
import org.lactationclinic.domain.dyad.Infant;
import org.lactationclinic.domain.dyad.Mother;
import org.lactationclinic.domain.provider.Provider;
import org.lactationclinic.domain.pumping.PumpingEntry;
import org.lactationclinic.domain.settings.ClinicProfile;
import org.lactationclinic.domain.settings.ClinicSetting;
import org.lactationclinic.domain.staff.StaffUser;
import org.lactationclinic.infrastructure.repository.AuditChainHead;
import org.lactationclinic.infrastructure.repository.ClinicRevision;
import org.lactationclinic.infrastructure.repository.ClinicSecuritySetting;
import org.lactationclinic.infrastructure.repository.ConsultationAutosave;
import org.lactationclinic.infrastructure.repository.MotherSearchTerm;

/**
 * Proves that the Flyway migrations, the only source of the schema, and the JPA mappings (with the Envers {@code *_aud}
 * tables and the {@code revision} table) describe the same database.
 *
 * <p>Both directions are checked: Hibernate's {@code hbm2ddl.auto=validate} finds every mapped table and column in the
 * migrated database with a compatible type, and the comparison with the boot metadata finds every table and column of
 * the migrated database in the mappings (a column the entities do not know would, if {@code not null}, break every
 * insert).
 *
 * <p>Runs on an H2 in-memory database always, and on PostgreSQL when {@code -Dschema.test.url} is set, e.g.
 * {@code -Dschema.test.url=jdbc:postgresql://127.0.0.1:5432/test?currentSchema=schema_test} (user from
 * {@code schema.test.user}, default {@code postgres}; password from {@code schema.test.password}). The PostgreSQL
 * schema is cleaned first, so it must be a throwaway one: its name has to contain "test".
 *
 * <p>Nothing is persisted: the audit listeners look CDI up at persist time, and there is no CDI here.
 */
class SchemaMatchesEntitiesTest {

    private static final List<Class<?>> ENTITIES = List.of(
            StaffUser.class,
            Mother.class,
            Infant.class,
            Consultation.class,
            InfantFindings.class,
            ClinicSetting.class,
            PumpingEntry.class,
            ConsentDecision.class,
            Intervention.class,
            Provider.class,
            ClinicProfile.class,
            org.lactationclinic.domain.photo.ConsultationPhoto.class,
            org.lactationclinic.domain.consultation.ReferralOutcome.class,
            org.lactationclinic.domain.referral.Referral.class,
            org.lactationclinic.domain.referral.ImportedWeight.class,
            ClinicRevision.class,
            MotherSearchTerm.class,
            AuditEvent.class,
            AuditChainHead.class,
            ConsultationAutosave.class,
            ClinicSecuritySetting.class,
            org.lactationclinic.infrastructure.security.SignInAttempt.class);

    /** Flyway's own bookkeeping: in the database, rightly not mapped. */
    private static final String FLYWAY_HISTORY = "flyway_schema_history";

    private static final String DEFAULT_PG_SCHEMA = "schema_test";

    /**
     * Envers builds its audit mappings through Hibernate's XML mapping support, which needs the Jakarta XML Binding
     * API. Payara provides it at run time, and the pom excludes it from Hibernate's dependencies for that reason, so a
     * plain unit test only has it when the pom adds it with test scope.
     */
    @BeforeAll
    static void requireXmlBindingForEnvers() {
        try {
            Class.forName("jakarta.xml.bind.JAXBException");
        } catch (ClassNotFoundException e) {
            fail("Hibernate Envers needs jakarta.xml.bind-api on the test classpath, and Payara is not here to "
                    + "provide it: add jakarta.xml.bind:jakarta.xml.bind-api (the version hibernate-core declares) "
                    + "with <scope>test</scope> to the pom");
        }
    }

    @Test
    void migrationsOnH2_shouldHoldEveryMappedTableAndColumn() {
        Database db = freshH2();
        migrate(db);

        assertDoesNotThrow(
                () -> bootstrap(db, "validate", new AtomicReference<>()).close(),
                "Hibernate's schema validation refused the migrated database");
    }

    @Test
    void migrationsOnH2_shouldHoldNoTableOrColumnTheMappingsLack() throws SQLException {
        Database db = freshH2();
        migrate(db);

        assertEquals(Set.of(), unmappedDatabaseColumns(db));
    }

    @Test
    void mappingsOnH2_shouldCoverTheEnversAndRevisionTables() {
        Database db = freshH2();
        migrate(db);

        Set<String> tables = mappedColumns(db).keySet();

        assertTrue(
                tables.containsAll(Set.of(
                        "revision",
                        "staff_user_aud",
                        "staff_user_role_aud",
                        "mother_aud",
                        "infant_aud",
                        "consultation_aud",
                        "consultation_infant_aud",
                        "infant_findings_aud",
                        "feed_observation_aud",
                        "test_weighing_aud",
                        "supplement_given_aud",
                        "consultation_flag_aud",
                        "clinic_setting_aud",
                        "consultation_amendment_aud")),
                "mapped tables: " + tables);
    }

    /** The negative control: validation really reads the audit tables, so a drifted one fails the bootstrap. */
    @Test
    void validation_shouldRefuseAnAuditTableMissingAColumn() throws SQLException {
        Database db = freshH2();
        migrate(db);
        try (Connection connection = db.connect();
                Statement statement = connection.createStatement()) {
            statement.execute("alter table mother_aud drop column phone_digits");
        }

        RuntimeException failure = assertThrows(
                RuntimeException.class,
                () -> bootstrap(db, "validate", new AtomicReference<>()).close());

        SchemaManagementException cause = findCause(failure, SchemaManagementException.class);
        assertNotNull(cause, () -> "expected a SchemaManagementException, got " + failure);
        String message = cause.getMessage().toLowerCase(Locale.ROOT);
        assertTrue(message.contains("phone_digits") && message.contains("mother_aud"), message);
    }

    @Test
    @EnabledIfSystemProperty(named = "schema.test.url", matches = ".+")
    void migrationsOnPostgresql_shouldMatchTheMappingsBothWays() throws SQLException {
        String url = System.getProperty("schema.test.url");
        Matcher currentSchema = Pattern.compile("[?&]currentSchema=([^&]+)").matcher(url);
        String schema = currentSchema.find() ? currentSchema.group(1) : DEFAULT_PG_SCHEMA;
        assertTrue(
                schema.toLowerCase(Locale.ROOT).contains("test"),
                "refusing to clean schema '" + schema + "': use a throwaway schema whose name contains 'test'");
        Database db = new Database(
                url,
                System.getProperty("schema.test.user", "postgres"),
                System.getProperty("schema.test.password", ""),
                schema);
        Flyway flyway = flyway(db).cleanDisabled(false).load();
        flyway.clean();
        assertEquals("94.1", flyway.migrate().targetSchemaVersion);

        assertDoesNotThrow(
                () -> bootstrap(db, "validate", new AtomicReference<>()).close(),
                "Hibernate's schema validation refused the migrated database");
        assertEquals(Set.of(), unmappedDatabaseColumns(db));
    }

    /**
     * Not a check but a tool for whoever writes the next migration: {@code -Dschema.ddl.out=target/ddl.sql} writes the
     * DDL Hibernate would generate for the mappings, Envers tables included, on H2.
     */
    @Test
    @EnabledIfSystemProperty(named = "schema.ddl.out", matches = ".+")
    void writeGeneratedDdl() {
        Database db = freshH2();
        bootstrap(
                        db,
                        "none",
                        new AtomicReference<>(),
                        Map.of(
                                "jakarta.persistence.schema-generation.scripts.action",
                                "create",
                                "jakarta.persistence.schema-generation.scripts.create-target",
                                System.getProperty("schema.ddl.out")))
                .close();
    }

    // --- helpers -----------------------------------------------------------------------------------------

    private record Database(String url, String user, String password, String schema) {

        Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }
    }

    /** Stands in for the JSON and XML format mappers, which no mapping here uses. */
    private static final class NoFormatMapper implements FormatMapper {

        @Override
        public <T> T fromString(CharSequence value, JavaType<T> type, WrapperOptions options) {
            throw new UnsupportedOperationException("no entity maps a JSON or XML column");
        }

        @Override
        public <T> String toString(T value, JavaType<T> type, WrapperOptions options) {
            throw new UnsupportedOperationException("no entity maps a JSON or XML column");
        }
    }

    private static Database freshH2() {
        return new Database("jdbc:h2:mem:schema-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "", null);
    }

    private static void migrate(Database db) {
        MigrateResult result = flyway(db).load().migrate();
        assertTrue(result.success);
        assertEquals("94.1", result.targetSchemaVersion);
    }

    private static FluentConfiguration flyway(Database db) {
        var configuration = Flyway.configure(SchemaMatchesEntitiesTest.class.getClassLoader())
                .dataSource(db.url(), db.user(), db.password())
                .locations(SchemaMigration.locationsFor(db.url()));
        return db.schema() == null ? configuration : configuration.schemas(db.schema());
    }

    /**
     * Starts Hibernate on the migrated database as persistence.xml does, but resource-local and with the given
     * {@code hbm2ddl.auto} action; the boot metadata (entity and Envers tables) is handed to {@code metadata}.
     */
    private static EntityManagerFactory bootstrap(
            Database db, String schemaAction, AtomicReference<Metadata> metadata) {
        return bootstrap(db, schemaAction, metadata, Map.of());
    }

    private static EntityManagerFactory bootstrap(
            Database db, String schemaAction, AtomicReference<Metadata> metadata, Map<String, String> extraProperties) {
        PersistenceConfiguration configuration = new PersistenceConfiguration("schema-test")
                .provider(HibernatePersistenceProvider.class.getName())
                .transactionType(PersistenceUnitTransactionType.RESOURCE_LOCAL)
                .sharedCacheMode(SharedCacheMode.NONE)
                // Bean Validation is not what this test is about; the schema is.
                .validationMode(ValidationMode.NONE)
                .property(PersistenceConfiguration.JDBC_URL, db.url())
                .property(PersistenceConfiguration.JDBC_USER, db.user())
                .property(PersistenceConfiguration.JDBC_PASSWORD, db.password())
                .property("hibernate.hbm2ddl.auto", schemaAction)
                // The settings of persistence.xml that shape the mapped tables and column types.
                .property("hibernate.jdbc.time_zone", "UTC")
                .property("org.hibernate.envers.audit_table_suffix", "_aud")
                .property("org.hibernate.envers.revision_field_name", "rev")
                .property("org.hibernate.envers.revision_type_field_name", "revtype")
                .property("org.hibernate.envers.store_data_at_delete", "true")
                // Payara provides a JSON-B implementation; this classpath has only the API, which Hibernate
                // would try (and fail) to start. No entity maps a JSON or XML column, so none is needed.
                .property("hibernate.type.json_format_mapper", new NoFormatMapper())
                .property("hibernate.type.xml_format_mapper", new NoFormatMapper())
                .property(JpaSettings.INTEGRATOR_PROVIDER, (IntegratorProvider) () -> List.of(new Integrator() {
                    @Override
                    public void integrate(
                            Metadata bootMetadata, BootstrapContext context, SessionFactoryImplementor sessionFactory) {
                        metadata.set(bootMetadata);
                    }
                }));
        if (db.schema() != null) {
            configuration.property("hibernate.default_schema", db.schema());
        }
        extraProperties.forEach(configuration::property);
        ENTITIES.forEach(configuration::managedClass);
        return Persistence.createEntityManagerFactory(configuration);
    }

    /**
     * Table name to column names, lower case, as the mappings (entities and Envers) declare them. Read without
     * validation, so that this direction is reported even when the other one fails.
     */
    private static Map<String, Set<String>> mappedColumns(Database db) {
        AtomicReference<Metadata> metadata = new AtomicReference<>();
        bootstrap(db, "none", metadata).close();
        assertNotNull(metadata.get(), "the integrator did not receive the boot metadata");
        Map<String, Set<String>> columns = new TreeMap<>();
        for (Table table : metadata.get().collectTableMappings()) {
            Set<String> names = columns.computeIfAbsent(lower(table.getName()), name -> new TreeSet<>());
            for (Column column : table.getColumns()) {
                names.add(lower(column.getName()));
            }
        }
        return columns;
    }

    /** {@code table.column} of every column the migrated database holds and no mapping declares. */
    private static Set<String> unmappedDatabaseColumns(Database db) throws SQLException {
        Map<String, Set<String>> mapped = mappedColumns(db);
        Set<String> unmapped = new TreeSet<>();
        databaseColumns(db)
                .forEach((table, columns) -> columns.stream()
                        .filter(column -> !mapped.getOrDefault(table, Set.of()).contains(column))
                        .forEach(column -> unmapped.add(table + "." + column)));
        return unmapped;
    }

    /** Table name to column names, lower case, as the migrated database holds them. */
    private static Map<String, Set<String>> databaseColumns(Database db) throws SQLException {
        Map<String, Set<String>> columns = new TreeMap<>();
        try (Connection connection = db.connect()) {
            DatabaseMetaData meta = connection.getMetaData();
            String schema = db.schema() != null ? db.schema() : connection.getSchema();
            try (ResultSet rs = meta.getColumns(connection.getCatalog(), schema, "%", "%")) {
                while (rs.next()) {
                    String table = lower(rs.getString("TABLE_NAME"));
                    if (!table.equals(FLYWAY_HISTORY)) {
                        columns.computeIfAbsent(table, name -> new TreeSet<>()).add(lower(rs.getString("COLUMN_NAME")));
                    }
                }
            }
        }
        assertFalse(columns.isEmpty(), "no tables found in the migrated database");
        return columns;
    }

    private static String lower(String identifier) {
        return identifier.replace("\"", "").replace("`", "").toLowerCase(Locale.ROOT);
    }

    private static <T extends Throwable> T findCause(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
