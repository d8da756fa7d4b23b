package org.lactationclinic.infrastructure.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lactationclinic.infrastructure.security.PasswordHasher;

class ScaleClinicGeneratorTest {

    /** Every table the generator fills, with the columns that order its rows. */
    private static final Map<String, String> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put("staff_user", "id");
        TABLES.put("staff_user_role", "staff_user_id, role");
        TABLES.put("mother", "id");
        TABLES.put("mother_condition", "mother_id, condition_type");
        TABLES.put("infant", "id");
        TABLES.put("consultation", "id");
        TABLES.put("consultation_infant", "consultation_id, infant_id");
        TABLES.put("consultation_amendment", "consultation_id, list_index");
        TABLES.put("infant_findings", "id");
        TABLES.put("feed_observation", "findings_id, list_index");
        TABLES.put("test_weighing", "findings_id, list_index");
        TABLES.put("supplement_given", "findings_id, list_index");
        TABLES.put("breast_findings", "consultation_id, list_index");
        TABLES.put("supply_concern", "consultation_id, list_index");
        TABLES.put("contributing_factor", "consultation_id, list_index");
        TABLES.put("consultation_flag", "consultation_id, list_index");
        TABLES.put("pumping_entry", "id");
    }

    static ScaleClinicGenerator.Options tiny(String url) {
        return ScaleClinicGenerator.Options.defaults(url).withSize(40, 50, 200).withSeed(7);
    }

    /**
     * A file database under target/: an in-memory one kept open past its last connection evaluates CHECK constraints
     * with the (closed) session that created them, so a second connection could not insert.
     */
    static String freshH2() {
        return "jdbc:h2:file:./target/scale-test/" + UUID.randomUUID();
    }

    @Test
    void generate_shouldGiveTheSameRowsForTheSameSeed() throws Exception {
        String first = freshH2();
        String second = freshH2();
        ScaleClinicGenerator.generate(tiny(first));
        ScaleClinicGenerator.generate(tiny(second));

        for (String table : TABLES.keySet()) {
            assertEquals(checksum(first, table), checksum(second, table), table);
        }
    }

    @Test
    void generate_shouldGiveOtherRowsForAnotherSeed() throws Exception {
        String first = freshH2();
        String second = freshH2();
        ScaleClinicGenerator.generate(tiny(first));
        ScaleClinicGenerator.generate(tiny(second).withSeed(8));

        assertNotEquals(checksum(first, "mother"), checksum(second, "mother"));
        assertNotEquals(checksum(first, "consultation"), checksum(second, "consultation"));
    }

    @Test
    void generate_shouldWriteTheNumbersOfMothersAndConsultationsAskedFor() throws Exception {
        String url = freshH2();
        ScaleClinicGenerator.Result result = ScaleClinicGenerator.generate(
                ScaleClinicGenerator.Options.defaults(url).withSize(300, 360, 1500));

        assertEquals(300, count(url, "select count(*) from mother"));
        assertEquals(1500, count(url, "select count(*) from consultation"));
        long infants = count(url, "select count(*) from infant");
        assertTrue(infants > 320 && infants < 400, "infants: " + infants);
        assertEquals(result.rows().get("consultation"), 1500L);
        assertEquals(ClinicNames.CONSULTANTS.size() + 1, count(url, "select count(*) from staff_user"));
    }

    @Test
    void generate_shouldLookLikeAClinic() throws Exception {
        String url = freshH2();
        ScaleClinicGenerator.generate(ScaleClinicGenerator.Options.defaults(url).withSize(600, 720, 3000));

        long consultations = count(url, "select count(*) from consultation");
        long signed = count(url, "select count(*) from consultation where status = 'SIGNED'");
        assertTrue(signed > 0.9 * consultations, "mostly signed: " + signed);
        assertTrue(
                count(url, "select count(*) from consultation where status = 'AMENDED' and amendment_count > 0") > 0);
        assertEquals(
                0, count(url, "select count(*) from consultation where status = 'AMENDED' and amendment_count = 0"));
        assertEquals(
                count(url, "select sum(amendment_count) from consultation"),
                count(url, "select count(*) from consultation_amendment"));
        assertTrue(count(url, "select count(*) from consultation where status = 'DRAFT'") > 0);
        assertTrue(count(url, "select count(*) from consultation where voided") > 0);
        // twins: mothers with two infants born the same day
        assertTrue(count(
                        url,
                        "select count(*) from (select mother_id, cast(birth_date_time as date) from infant"
                                + " group by mother_id, cast(birth_date_time as date) having count(*) > 1) t")
                > 5);
        // weights: the loss to day 3-4 is over 10% for a few babies, and most are back to birth weight by day 14
        long weighedEarly = count(
                url,
                "select count(*) from infant_findings f join infant i on i.id = f.infant_id"
                        + " where f.weighed_at < i.birth_date_time + interval '5' day and f.weighed_at > i.birth_date_time + interval '2' day");
        long bigLoss = count(
                url,
                "select count(*) from infant_findings f join infant i on i.id = f.infant_id"
                        + " where f.weighed_at < i.birth_date_time + interval '5' day and f.weighed_at > i.birth_date_time + interval '2' day"
                        + " and f.weight_grams <= i.birth_weight_grams * 0.9");
        assertTrue(bigLoss > 0 && bigLoss < 0.2 * weighedEarly, bigLoss + " of " + weighedEarly);
        long lateWeights = count(
                url,
                "select count(*) from infant_findings f join infant i on i.id = f.infant_id"
                        + " where f.weighed_at > i.birth_date_time + interval '21' day");
        long lateAboveBirth = count(
                url,
                "select count(*) from infant_findings f join infant i on i.id = f.infant_id"
                        + " where f.weighed_at > i.birth_date_time + interval '21' day and f.weight_grams > i.birth_weight_grams");
        assertTrue(lateAboveBirth > 0.9 * lateWeights, lateAboveBirth + " of " + lateWeights);
        // EPDS item 10 positives (printed position 0-2 of a reverse-scored item) are acknowledged when signed
        assertTrue(count(url, "select count(*) from consultation where epds_10 < 3") > 0);
        assertEquals(
                0,
                count(
                        url,
                        "select count(*) from consultation where epds_10 < 3 and status <> 'DRAFT'"
                                + " and self_harm_acknowledged_by is null"));
        assertTrue(count(url, "select count(*) from consultation_flag where flag_key like '%SELF_HARM%'") > 0);
        assertTrue(count(url, "select count(*) from feed_observation where latch_grasp is not null") > 0);
        assertTrue(count(url, "select count(*) from pumping_entry") > 0);
    }

    @Test
    void generate_shouldFillFeedingStatusFollowUpsAndReferrals() throws Exception {
        String url = freshH2();

        ScaleClinicGenerator.generate(ScaleClinicGenerator.Options.defaults(url).withSize(600, 720, 3000));

        long withStatus = count(url, "select count(*) from infant_findings where feeding_status is not null");
        assertTrue(withStatus > 0.8 * count(url, "select count(*) from infant_findings"));
        double earlyExclusive = share(
                url,
                "infant_findings f join infant i on i.id = f.infant_id",
                "f.feeding_status = 'EXCLUSIVE'",
                "f.feeding_status is not null and datediff(day, i.birth_date_time, f.created_at) < 14");
        double lateExclusive = share(
                url,
                "infant_findings f join infant i on i.id = f.infant_id",
                "f.feeding_status = 'EXCLUSIVE'",
                "f.feeding_status is not null and datediff(day, i.birth_date_time, f.created_at) > 150");
        assertTrue(
                earlyExclusive > lateExclusive + 0.2, earlyExclusive + " early, " + lateExclusive + " at 5-6 months");
        assertTrue(count(url, "select count(*) from consultation where follow_up_date is not null") > 0);
        assertEquals(
                0,
                count(
                        url,
                        "select count(*) from consultation c where exists (select 1 from consultation_flag f"
                                + " where f.consultation_id = c.id and f.flag_key like '%SELF_HARM_URGENT%') and not exists (select 1 from"
                                + " care_plan_referral r where r.consultation_id = c.id and r.destination = 'MENTAL_HEALTH' and r.urgency = 'SAME_DAY')"));
        assertTrue(count(
                        url,
                        "select count(*) from care_plan_referral where destination = 'MENTAL_HEALTH' and urgency = 'SAME_DAY'")
                > 0);
    }

    @Test
    void generate_shouldRefuseADatabaseThatHasStaff() throws Exception {
        String url = freshH2();
        ScaleClinicGenerator.generate(tiny(url));

        assertThrows(IllegalStateException.class, () -> ScaleClinicGenerator.generate(tiny(url)));
    }

    @Test
    void generate_shouldLetStaffSignInWithTheStaffPassword() throws Exception {
        String url = freshH2();
        ScaleClinicGenerator.generate(tiny(url));
        String hash;
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement();
                ResultSet rs =
                        statement.executeQuery("select password_hash from staff_user where username = 'ana.lopez'")) {
            rs.next();
            hash = rs.getString(1);
        }
        StandalonePbkdf2PasswordHash hasher = new StandalonePbkdf2PasswordHash(new Random());
        hasher.initialize(PasswordHasher.PBKDF2_PARAMETERS);

        assertTrue(hash.startsWith("PBKDF2WithHmacSHA256:" + PasswordHasher.ITERATIONS + ":"), hash);
        assertTrue(hasher.verify(ScaleClinicGenerator.DEFAULT_STAFF_PASSWORD.toCharArray(), hash));
        assertTrue(!hasher.verify("another-password-2026".toCharArray(), hash));
    }

    @Test
    void generate_shouldMoveTheIdentitiesPastTheGeneratedIds() throws Exception {
        String url = freshH2();
        ScaleClinicGenerator.generate(tiny(url));
        long max = count(url, "select max(id) from mother");
        execute(
                url,
                "insert into mother (uuid, version, created_at, created_by, given_name, family_name, search_name,"
                        + " date_of_birth) values (random_uuid(), 0, current_timestamp, 'test', 'New', 'Mother', 'mother new', date '1990-01-01')");

        assertEquals(max + 1, count(url, "select max(id) from mother"));
    }

    // --- helpers ---

    private static String checksum(String url, String table) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select * from " + table + " order by " + TABLES.get(table))) {
            ResultSetMetaData meta = rs.getMetaData();
            int rows = 0;
            while (rs.next()) {
                rows++;
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    digest.update(String.valueOf(rs.getObject(i)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    digest.update((byte) 0);
                }
            }
            return rows + ":" + HexFormat.of().formatHex(digest.digest());
        }
    }

    static long count(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static double share(String url, String from, String condition, String among) throws SQLException {
        long all = count(url, "select count(*) from " + from + " where " + among);
        long matching = count(url, "select count(*) from " + from + " where " + among + " and " + condition);
        return all == 0 ? 0 : (double) matching / all;
    }

    private static void execute(String url, String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement()) {
            for (String sql : List.of(statements)) {
                statement.execute(sql);
            }
        }
    }
}
