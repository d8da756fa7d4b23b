package org.lactationclinic.infrastructure.database;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** V50 on H2: the database itself refuses a second person with the same (system, value), and blank pairs. */
class PersonIdentifierConstraintTest {

    @Test
    void identifier_shouldBeUniquePerSystemAcrossMothers() throws SQLException {
        String url = "jdbc:h2:file:./target/identifier-test/" + UUID.randomUUID();
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations(SchemaMigration.locationsFor(url))
                .load()
                .migrate();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement()) {
            for (int id = 1; id <= 2; id++) {
                statement.execute(
                        "insert into mother (id, uuid, version, created_at, created_by, given_name, family_name,"
                                + " search_name, date_of_birth) values (" + id
                                + ", random_uuid(), 0, current_timestamp,"
                                + " 'test', 'Ana', 'Silva', 'silva ana', date '1990-01-01')");
            }
            statement.execute("insert into mother_identifier values (1, 0, 'https://h.example/mrn', 'A1')");
            // the same value in another system is another number
            statement.execute("insert into mother_identifier values (2, 0, 'urn:oid:1.2.3', 'A1')");

            assertThrows(
                    SQLException.class,
                    () -> statement.execute(
                            "insert into mother_identifier values (2, 1, 'https://h.example/mrn', 'A1')"));
            assertThrows(
                    SQLException.class,
                    () -> statement.execute("insert into mother_identifier values (2, 1, ' ', 'A2')"));
        }
    }

    @Test
    void providerNpi_shouldBeTenDigitsAndUnique() throws SQLException {
        String url = "jdbc:h2:file:./target/identifier-test/" + UUID.randomUUID();
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations(SchemaMigration.locationsFor(url))
                .load()
                .migrate();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement()) {
            String insert =
                    "insert into provider (uuid, version, created_at, created_by, name, npi) values (random_uuid(), 0,"
                            + " current_timestamp, 'test', 'Dr A', ";
            statement.execute(insert + "'1234567893')");
            statement.execute(insert + "null)");
            assertThrows(SQLException.class, () -> statement.execute(insert + "'1234567893')"));
            assertThrows(SQLException.class, () -> statement.execute(insert + "'12345678x3')"));
            assertThrows(SQLException.class, () -> statement.execute(insert + "'123456789')"));
        }
    }
}
