package org.lactationclinic.infrastructure.demo;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import org.flywaydb.core.Flyway;
import org.lactationclinic.domain.shared.SearchText;
import org.lactationclinic.infrastructure.database.SchemaMigration;
import org.lactationclinic.infrastructure.security.PasswordHasher;

/**
 * Generates a realistic clinic of a chosen size into an empty database, H2 or PostgreSQL, for benchmarks and reports:
 * staff, mothers, infants (twins, a few triplets, younger siblings), five years of consultations with everything
 * charted at them, their flags, and pumping logs. The same options and seed give the same database, row for row.
 *
 * <p>It first migrates the database with the application's Flyway migrations (the vendor locations of
 * {@link SchemaMigration}), then writes with JDBC batch inserts, table by table ({@link BatchTable}); rows are inserted
 * in their final state (signed, amended or voided), so the database guard on signed consultations, which judges
 * updates, never fires. The flags stored with each consultation are computed by the domain's own rules
 * ({@link ScaleFamilyWriter}). No Envers history is written: the application reads a record without history, and its
 * first change starts one.
 *
 * <p>Run it with {@code mvn -Pgenerate} (see the README) or as a plain main class with system properties:
 * {@code generate.url}, {@code generate.user}, {@code generate.password}, {@code generate.mothers},
 * {@code generate.infants}, {@code generate.consultations}, {@code generate.seed}, {@code generate.years},
 * {@code generate.until} (the last day of the clinic's history, ISO date), {@code generate.staffPassword}.
 */
public final class ScaleClinicGenerator {

    /** Every generated account (consultants and admins) signs in with this, unless told otherwise. */
    public static final String DEFAULT_STAFF_PASSWORD = DemoClinic.DEMO_PASSWORD;
    /** A fixed last day, so that the same seed gives the same clinic whenever it is run. */
    public static final LocalDate DEFAULT_UNTIL = LocalDate.of(2026, 11, 25);

    /** What to generate, and where. */
    public record Options(
            String url,
            String user,
            String password,
            int mothers,
            int infants,
            int consultations,
            long seed,
            int years,
            LocalDate until,
            String staffPassword,
            ZoneId zone) {

        public Options {
            if (mothers < 1 || infants < mothers || consultations < 0 || years < 1) {
                throw new IllegalArgumentException(
                        "Need mothers >= 1, infants >= mothers, consultations >= 0, years >= 1");
            }
        }

        /** The example clinic of issue 6: 50,000 mothers, 60,000 infants, 250,000 consultations over 5 years. */
        public static Options defaults(String url) {
            return new Options(
                    url,
                    "sa",
                    "",
                    50_000,
                    60_000,
                    250_000,
                    42,
                    5,
                    DEFAULT_UNTIL,
                    DEFAULT_STAFF_PASSWORD,
                    ZoneId.of("Europe/London"));
        }

        public Options withSize(int mothers, int infants, int consultations) {
            return new Options(
                    url, user, password, mothers, infants, consultations, seed, years, until, staffPassword, zone);
        }

        public Options withSeed(long seed) {
            return new Options(
                    url, user, password, mothers, infants, consultations, seed, years, until, staffPassword, zone);
        }

        static Options fromSystemProperties() {
            String url = System.getProperty("generate.url", "jdbc:h2:file:./data/scale");
            Options defaults = defaults(url);
            return new Options(
                    url,
                    System.getProperty("generate.user", url.startsWith("jdbc:postgresql:") ? "postgres" : "sa"),
                    System.getProperty("generate.password", ""),
                    Integer.parseInt(System.getProperty("generate.mothers", String.valueOf(defaults.mothers()))),
                    Integer.parseInt(System.getProperty("generate.infants", String.valueOf(defaults.infants()))),
                    Integer.parseInt(
                            System.getProperty("generate.consultations", String.valueOf(defaults.consultations()))),
                    Long.parseLong(System.getProperty("generate.seed", String.valueOf(defaults.seed()))),
                    Integer.parseInt(System.getProperty("generate.years", String.valueOf(defaults.years()))),
                    LocalDate.parse(System.getProperty("generate.until", DEFAULT_UNTIL.toString())),
                    System.getProperty("generate.staffPassword", DEFAULT_STAFF_PASSWORD),
                    ZoneId.of(System.getProperty("generate.zone", "Europe/London")));
        }
    }

    /** Rows written per table, and how long each step took. */
    public record Result(Map<String, Long> rows, Duration migration, Duration generation, Duration finishing) {

        public long total() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private ScaleClinicGenerator() {}

    public static void main(String[] args) throws SQLException {
        Options options = Options.fromSystemProperties();
        System.out.printf(
                "Generating %,d mothers, %,d infants, %,d consultations over %d years to %s (seed %d) into %s%n",
                options.mothers(),
                options.infants(),
                options.consultations(),
                options.years(),
                options.until(),
                options.seed(),
                options.url());
        Result result = generate(options);
        result.rows().forEach((table, rows) -> System.out.printf("  %-24s %,12d rows%n", table, rows));
        System.out.printf(
                "Migration %.1f s, generation %.1f s (%,d rows, %,.0f rows/s), identities, statistics and compaction %.1f s%n",
                seconds(result.migration()),
                seconds(result.generation()),
                result.total(),
                result.total() / Math.max(0.001, seconds(result.generation())),
                seconds(result.finishing()));
        System.out.println("Sign in as " + ScaleFamilyWriter.usernameOf(ClinicNames.CONSULTANTS.getFirst())
                + " (consultant) or clinic.admin (admin) with the staff password");
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }

    /** Migrates the database, then fills it; refuses a database that already has staff accounts. */
    public static Result generate(Options options) throws SQLException {
        long start = System.nanoTime();
        Map<String, Long> rows = new LinkedHashMap<>();
        long migrated;
        long generated;
        try (Connection connection =
                DriverManager.getConnection(jdbcUrlForBatches(options.url()), options.user(), options.password())) {
            // Flyway migrates through this same connection: an in-memory H2 database kept open evaluates the
            // CHECK constraints with the session that created them, which must still be open when rows arrive
            Flyway.configure(ScaleClinicGenerator.class.getClassLoader())
                    .dataSource(new SingleConnectionDataSource(connection))
                    .locations(SchemaMigration.locationsFor(options.url()))
                    .load()
                    .migrate();
            migrated = System.nanoTime();
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement();
                    ResultSet staff = statement.executeQuery("select count(*) from staff_user")) {
                staff.next();
                if (staff.getLong(1) > 0) {
                    throw new IllegalStateException(
                            "The database already has staff accounts: generate into an empty one");
                }
            }
            DatabaseColumns database = new DatabaseColumns(connection);
            SplittableRandom master = new SplittableRandom(options.seed());
            // one hash for every account: PBKDF2 at 600,000 iterations costs a third of a second each
            if (options.staffPassword().length() < PasswordHasher.MIN_PASSWORD_LENGTH) {
                throw new IllegalArgumentException(
                        "generate.staffPassword needs at least " + PasswordHasher.MIN_PASSWORD_LENGTH
                                + " characters, as the application asks of every password");
            }
            StandalonePbkdf2PasswordHash hasher = new StandalonePbkdf2PasswordHash(new Random(master.nextLong()));
            hasher.initialize(PasswordHasher.PBKDF2_PARAMETERS);
            String passwordHash = hasher.generate(options.staffPassword().toCharArray());
            ScaleFamilyWriter writer = new ScaleFamilyWriter(options, database, connection, passwordHash);
            writer.writeStaff();
            ClinicPlan plan = ClinicPlan.draw(options, master);
            for (int mother = 0; mother < options.mothers(); mother++) {
                writer.writeFamily(plan, mother, master.split());
                if (writer.pendingRows() > 20_000) {
                    writer.flushAll();
                    connection.commit();
                }
            }
            writer.flushAll();
            connection.commit();
            writer.tables().forEach(table -> rows.put(table.name(), table.rows()));
            writer.close();
            generated = System.nanoTime();
            resetIdentities(connection, options.url(), writer.tables());
            analyse(connection);
            connection.commit();
            if (options.url().startsWith("jdbc:h2:file:") || options.url().startsWith("jdbc:h2:./")) {
                // H2's store only appends while it is open; compacting on close gives the size it would settle at
                try (Statement statement = connection.createStatement()) {
                    statement.execute("shutdown compact");
                }
            }
        }
        long finished = System.nanoTime();
        return new Result(
                rows,
                Duration.ofNanos(migrated - start),
                Duration.ofNanos(generated - migrated),
                Duration.ofNanos(finished - generated));
    }

    /** Hands out one connection, which its users cannot close. */
    private record SingleConnectionDataSource(Connection connection) implements javax.sql.DataSource {

        @Override
        public Connection getConnection() {
            return (Connection) java.lang.reflect.Proxy.newProxyInstance(
                    Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        if (method.getName().equals("close")) {
                            return null;
                        }
                        try {
                            return method.invoke(connection, args);
                        } catch (java.lang.reflect.InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        @Override
        public Connection getConnection(String username, String password) {
            return getConnection();
        }

        @Override
        public java.io.PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(java.io.PrintWriter out) {}

        @Override
        public void setLoginTimeout(int seconds) {}

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public java.util.logging.Logger getParentLogger() {
            return java.util.logging.Logger.getLogger(ScaleClinicGenerator.class.getName());
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("Not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }

    /** PostgreSQL sends a batch of inserts as one multi-row insert only when asked to. */
    private static String jdbcUrlForBatches(String url) {
        if (url.startsWith("jdbc:postgresql:") && !url.contains("reWriteBatchedInserts")) {
            return url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
        }
        return url;
    }

    /** Ids were given explicitly: move each identity on past them, so the application's inserts do not collide. */
    private static void resetIdentities(Connection connection, String url, List<BatchTable> tables)
            throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (BatchTable table : tables) {
                if (!table.has("id")) {
                    continue;
                }
                long max;
                try (ResultSet rs = statement.executeQuery("select coalesce(max(id), 0) from " + table.name())) {
                    rs.next();
                    max = rs.getLong(1);
                }
                if (url.startsWith("jdbc:postgresql:")) {
                    statement.execute("select setval(pg_get_serial_sequence('" + table.name() + "', 'id'), "
                            + Math.max(max, 1) + ", " + (max > 0) + ")");
                } else {
                    statement.execute("alter table " + table.name() + " alter column id restart with " + (max + 1));
                }
            }
        }
    }

    /** Fresh planner statistics, as a database that grew slowly would have. */
    private static void analyse(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("analyze");
        }
    }

    /** The clinic's shape, drawn before any family: births per mother, their dates, visits per birth. */
    record ClinicPlan(int[] firstEpisode, LocalDate[] birthDates, int[] visits) {

        int episodesOf(int mother) {
            int end = mother + 1 < firstEpisode.length ? firstEpisode[mother + 1] : birthDates.length;
            return end - firstEpisode[mother];
        }

        static ClinicPlan draw(Options options, SplittableRandom random) {
            int mothers = options.mothers();
            // births (episodes) such that, with twins and triplets, the infant count comes out near the one asked for
            double infantsPerBirth = 1 + ScaleFamilyWriter.TWIN_RATE + 2 * ScaleFamilyWriter.TRIPLET_RATE;
            double secondBirthRate = Math.min(1.0, Math.max(0, options.infants() / infantsPerBirth / mothers - 1));
            LocalDate first = options.until().minusYears(options.years());
            int span = (int) (options.until().toEpochDay() - first.toEpochDay());
            int[] firstEpisode = new int[mothers];
            List<LocalDate> births = new ArrayList<>();
            for (int mother = 0; mother < mothers; mother++) {
                firstEpisode[mother] = births.size();
                boolean twoBirths = random.nextDouble() < secondBirthRate && span > 600;
                if (twoBirths) {
                    LocalDate older = first.plusDays(random.nextInt(span - 540));
                    long room = options.until().toEpochDay()
                            - 1
                            - older.plusDays(450).toEpochDay();
                    births.add(older);
                    births.add(older.plusDays(450 + random.nextLong(Math.max(1, Math.min(room, 600)))));
                } else {
                    births.add(first.plusDays(random.nextInt(span)));
                }
            }
            LocalDate[] birthDates = births.toArray(LocalDate[]::new);
            return new ClinicPlan(firstEpisode, birthDates, allocateVisits(options, birthDates, random));
        }

        /**
         * Every birth gets one visit, the rest go by a skewed weight (most families are seen two to four times, a few
         * thirty or more), each capped by the days between the birth and the last day.
         */
        private static int[] allocateVisits(Options options, LocalDate[] births, SplittableRandom random) {
            int episodes = births.length;
            int[] visits = new int[episodes];
            int[] cap = new int[episodes];
            double[] weight = new double[episodes];
            double total = 0;
            int budget = options.consultations();
            for (int i = 0; i < episodes; i++) {
                cap[i] = (int) Math.min(60, options.until().toEpochDay() - births[i].toEpochDay());
                weight[i] = Math.pow(-Math.log(1 - random.nextDouble()), 1.8);
                total += weight[i];
                if (budget > 0) {
                    visits[i] = 1;
                    budget--;
                }
            }
            int extra = budget;
            for (int i = 0; i < episodes && budget > 0; i++) {
                int share = (int) Math.min(Math.min(cap[i] - visits[i], budget), Math.floor(extra * weight[i] / total));
                visits[i] += share;
                budget -= share;
            }
            for (int guard = 0; budget > 0 && guard < 100 * episodes; guard++) {
                int i = random.nextInt(episodes);
                if (visits[i] < cap[i]) {
                    visits[i]++;
                    budget--;
                }
            }
            return visits;
        }
    }

    static String searchNameOf(String familyName, String givenName) {
        return SearchText.fold(familyName + " " + givenName);
    }
}
