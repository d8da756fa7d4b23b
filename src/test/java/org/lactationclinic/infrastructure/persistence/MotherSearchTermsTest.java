package org.lactationclinic.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.lactationclinic.infrastructure.database.SchemaMigration;

/** The trigger of V14 on H2: a mother's name words and phone suffixes follow her row. */
class MotherSearchTermsTest {

    @Test
    void termsOf_shouldGiveEachWordAndEachSuffixOfTheDigits() {
        assertEquals(
                Set.of("Ngarcia", "Nlopez", "Nmaria", "P123", "P23", "P3"),
                MotherSearchTerms.termsOf("garcia lopez maria", "123"));
        assertEquals(Set.of("Nokafor", "Namara"), MotherSearchTerms.termsOf("okafor amara", null));
    }

    @Test
    void trigger_shouldWriteTheTermsOnInsertAndRewriteThemOnUpdate() throws SQLException {
        String url = "jdbc:h2:file:./target/search-terms-test/" + UUID.randomUUID();
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations(SchemaMigration.locationsFor(url))
                .load()
                .migrate();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement()) {
            statement.execute("insert into mother (id, uuid, version, created_at, created_by, given_name, family_name,"
                    + " search_name, date_of_birth, phone, phone_digits) values (1, random_uuid(), 0, current_timestamp,"
                    + " 'test', 'Gráinne', 'O''Brien', 'obrien grainne', date '1990-01-01', '087 12', '08712')");

            assertEquals(Set.of("Nobrien", "Ngrainne", "P08712", "P8712", "P712", "P12", "P2"), terms(statement));

            statement.execute("update mother set family_name = 'Byrne', search_name = 'byrne grainne', phone = null,"
                    + " phone_digits = null where id = 1");

            assertEquals(Set.of("Nbyrne", "Ngrainne"), terms(statement));
        }
    }

    private static Set<String> terms(Statement statement) throws SQLException {
        Set<String> terms = new LinkedHashSet<>();
        try (ResultSet rs = statement.executeQuery("select kind, term from mother_search_term where mother_id = 1")) {
            while (rs.next()) {
                terms.add(rs.getString(1) + rs.getString(2));
            }
        }
        return terms;
    }
}
