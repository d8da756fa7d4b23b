package org.lactationclinic.infrastructure.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lactationclinic.domain.pumping.PumpingThresholds;
import org.lactationclinic.domain.reporting.ReportCriteria;
import org.lactationclinic.domain.wellbeing.EpdsThresholds;
import org.lactationclinic.infrastructure.database.JdbcUrlDataSource;
import org.lactationclinic.infrastructure.database.SchemaMigration;
import org.lactationclinic.infrastructure.repository.ReportSqlStatements.ReportQuery;
import org.lactationclinic.infrastructure.repository.report.ReportStatement;

/**
 * Every report query run on H2 for a period with data and then, on the same connection, for an empty period must answer
 * the empty period as a fresh connection does. H2 reuses a statement's previous result when its parameter sits in a CTE
 * that another CTE reads (the score changes of a 3-day period came back with the year's figures), which is why the
 * report queries nest derived tables instead. The data makes the outcome queries non-empty in the first period, so that
 * a stale answer differs from the right one.
 */
class ReportQueriesOnH2Test {

    private static final ReportCriteria JUNE = ReportCriteria.of(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 30));
    private static final ReportCriteria EMPTY_JANUARY =
            ReportCriteria.of(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 1, 31));

    private static JdbcUrlDataSource dataSource;

    @BeforeAll
    static void clinicWithOneBabyInJune() throws SQLException {
        dataSource = new JdbcUrlDataSource();
        dataSource.setUrl("jdbc:h2:file:./target/report-queries-test/" + UUID.randomUUID());
        dataSource.setUser("sa");
        Flyway.configure(ReportQueriesOnH2Test.class.getClassLoader())
                .dataSource(dataSource)
                .locations(SchemaMigration.locationsFor("jdbc:h2:mem:"))
                .load()
                .migrate();
        try (Connection connection = dataSource.getConnection()) {
            long consultant = entity(
                    connection,
                    "staff_user",
                    Map.of(
                            "username",
                            "h2.test",
                            "full_name",
                            "H2 Test",
                            "password_hash",
                            "not-a-hash",
                            "enabled",
                            true));
            long mother = entity(
                    connection,
                    "mother",
                    Map.of(
                            "given_name",
                            "Test",
                            "family_name",
                            "Reuse",
                            "search_name",
                            "test reuse",
                            "date_of_birth",
                            LocalDate.of(1990, 1, 1),
                            "preferred_language",
                            "en"));
            LocalDateTime born = LocalDateTime.of(2024, 5, 20, 8, 0); // day 21 on 10 June: due the two-week check
            long infant = entity(
                    connection,
                    "infant",
                    Map.of(
                            "mother_id",
                            mother,
                            "given_name",
                            "Baby",
                            "family_name",
                            "Reuse",
                            "sex",
                            "FEMALE",
                            "birth_date_time",
                            born,
                            "gestational_age_days",
                            280,
                            "birth_weight_grams",
                            3300));
            visit(connection, mother, consultant, infant, born.plusDays(12), "PARTIAL", 3200, "REPEATED_ATTEMPTS", 6);
            visit(connection, mother, consultant, infant, born.plusDays(19), "EXCLUSIVE", 3450, "GRASPS_BREAST", 2);
            pumping(connection, mother, LocalDateTime.of(2024, 6, 2, 8, 0), 60);
            pumping(connection, mother, LocalDateTime.of(2024, 6, 4, 8, 0), 900);
        }
    }

    @Test
    void everyReportQuery_shouldAnswerANewPeriodOnTheSameConnectionAsAFreshConnectionDoes() throws SQLException {
        for (ReportQuery query : ReportQuery.values()) {
            Object extra = switch (query) {
                case PUMPING_BANDS -> PumpingThresholds.DEFAULTS;
                case WELLBEING -> EpdsThresholds.DEFAULT_REFERRAL_AT_OR_ABOVE;
                default -> null;
            };
            List<List<Object>> june;
            List<List<Object>> januaryAfterJune;
            try (Connection connection = dataSource.getConnection()) {
                june = rows(connection, ReportSqlStatements.sql(query, JUNE, extra));
                januaryAfterJune = rows(connection, ReportSqlStatements.sql(query, EMPTY_JANUARY, extra));
            }
            List<List<Object>> januaryFresh;
            try (Connection connection = dataSource.getConnection()) {
                januaryFresh = rows(connection, ReportSqlStatements.sql(query, EMPTY_JANUARY, extra));
            }

            assertEquals(
                    januaryFresh, januaryAfterJune, query + ": the empty period after June, on the same connection");
            if (query == ReportQuery.INFANT_OUTCOMES
                    || query == ReportQuery.SCORE_CHANGES
                    || query == ReportQuery.PUMPING_BANDS
                    || query == ReportQuery.VISIT_REASONS) {
                assertNotEquals(januaryFresh, june, query + ": June has data, so a stale answer would show");
            }
        }
    }

    private static void visit(
            Connection connection,
            long mother,
            long consultant,
            long infant,
            LocalDateTime at,
            String feedingStatus,
            int grams,
            String grasp,
            int pain)
            throws SQLException {
        long consultation = entity(
                connection,
                "consultation",
                Map.of(
                        "mother_id",
                        mother,
                        "consultant_id",
                        consultant,
                        "type",
                        "FOLLOW_UP",
                        "started_at",
                        at,
                        "status",
                        "DRAFT"));
        insert(connection, "consultation_infant", Map.of("consultation_id", consultation, "infant_id", infant));
        long findings = entity(
                connection,
                "infant_findings",
                Map.of(
                        "consultation_id",
                        consultation,
                        "infant_id",
                        infant,
                        "feeding_status",
                        feedingStatus,
                        "weight_grams",
                        grams,
                        "weighed_at",
                        at));
        Map<String, Object> feed = new LinkedHashMap<>(Map.of(
                "findings_id",
                findings,
                "list_index",
                0,
                "side",
                "LEFT",
                "position",
                "CRADLE",
                "latch_grasp",
                grasp,
                "latch_swallowing",
                "SPONTANEOUS",
                "latch_nipple",
                "EVERTED",
                "latch_comfort",
                "SOFT_NON_TENDER",
                "latch_hold",
                "MINIMAL_ASSIST"));
        feed.put("nipple_pain", pain);
        insert(connection, "feed_observation", feed);
        insert(connection, "visit_reason", Map.of("consultation_id", consultation, "reason", "LATCH_DIFFICULTY"));
        insert(
                connection,
                "breast_findings",
                Map.of(
                        "consultation_id",
                        consultation,
                        "list_index",
                        0,
                        "side",
                        "LEFT",
                        "redness",
                        false,
                        "lump",
                        false,
                        "compression_stripe",
                        false,
                        "nipple_pain",
                        pain + 1));
    }

    private static void pumping(Connection connection, long mother, LocalDateTime at, int millilitres)
            throws SQLException {
        entity(
                connection,
                "pumping_entry",
                Map.of("mother_id", mother, "started_at", at, "duration_minutes", 20, "combined_ml", millilitres));
    }

    /** The report query's rows, as text. */
    private static List<List<Object>> rows(Connection connection, ReportStatement sql) throws SQLException {
        try (PreparedStatement statement = ReportSqlStatements.prepare(connection, sql);
                ResultSet result = statement.executeQuery()) {
            List<List<Object>> rows = new ArrayList<>();
            while (result.next()) {
                List<Object> row = new ArrayList<>();
                for (int column = 1; column <= result.getMetaData().getColumnCount(); column++) {
                    row.add(result.getString(column));
                }
                rows.add(row);
            }
            return rows;
        }
    }

    /** Inserts an audited entity's row (uuid, version and created fields filled) and returns its id. */
    private static long entity(Connection connection, String table, Map<String, Object> values) throws SQLException {
        UUID uuid = UUID.randomUUID();
        Map<String, Object> columns = new LinkedHashMap<>(values);
        columns.put("uuid", uuid);
        columns.put("version", 0L);
        columns.put("created_at", OffsetDateTime.now());
        columns.put("created_by", "test");
        insert(connection, table, columns);
        try (PreparedStatement select = connection.prepareStatement("select id from " + table + " where uuid = ?")) {
            select.setObject(1, uuid);
            try (ResultSet result = select.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static void insert(Connection connection, String table, Map<String, Object> columns) throws SQLException {
        String marks =
                String.join(", ", columns.keySet().stream().map(column -> "?").toList());
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into " + table + " (" + String.join(", ", columns.keySet()) + ") values (" + marks + ")")) {
            int index = 1;
            for (Object value : columns.values()) {
                insert.setObject(index++, value);
            }
            insert.executeUpdate();
        }
    }
}
