package org.lactationclinic.infrastructure.repository;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.PersistenceUnitTransactionType;
import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.hibernate.jpa.HibernatePersistenceProvider;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.format.FormatMapper;
import org.lactationclinic.application.ReportService;
import org.lactationclinic.domain.careplan.Intervention;
import org.lactationclinic.domain.consultation.Consultation;
import org.lactationclinic.domain.consultation.InfantFindings;
import org.lactationclinic.domain.dyad.Infant;
import org.lactationclinic.domain.dyad.Mother;
import org.lactationclinic.domain.provider.Provider;
import org.lactationclinic.domain.pumping.PumpingEntry;
import org.lactationclinic.domain.pumping.PumpingThresholds;
import org.lactationclinic.domain.reporting.ReportCriteria;
import org.lactationclinic.domain.reporting.ReportIntervalType;
import org.lactationclinic.domain.settings.ClinicSetting;
import org.lactationclinic.domain.staff.StaffUser;
import org.lactationclinic.domain.wellbeing.EpdsThresholds;
import org.lactationclinic.infrastructure.database.JdbcUrlDataSource;
import org.lactationclinic.infrastructure.database.SchemaMigration;
import org.lactationclinic.infrastructure.export.ReportExporter;
import org.lactationclinic.infrastructure.repository.ReportSqlStatements.ReportQuery;
import org.lactationclinic.infrastructure.repository.report.ReportStatement;

/**
 * Times every report query on a database, raw (the exact SQL text of {@link ReportSqlStatements#sql} on plain JDBC) and
 * through the application ({@link ReportRepository} on Hibernate, and {@link ReportService} per report), median of
 * several runs, and prints the app/raw ratios. Run by src/test/bench/reports.sh; see docs/performance.md.
 *
 * <p>System properties: {@code bench.url}, {@code bench.user}, {@code bench.password} (the database, migrated by Flyway
 * first), {@code bench.from} / {@code bench.to} (the report period, default the last 365 days), {@code bench.runs}
 * (default 7), {@code bench.generate} (only on a database without consultations: first write a synthetic clinic of that
 * many consultations, seeded, so the script can be tried without the scale generator).
 */
public final class ReportBench {

    private ReportBench() {}

    public static void main(String[] args) throws Exception {
        String given = System.getProperty("bench.url", "jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1");
        // H2 hands back the stored result of an identical query while no table changed, which a clinic in use
        // rarely sees (its tables change all day); switched off so that each run does the work
        String url = given.startsWith("jdbc:h2:") && !given.toUpperCase().contains("OPTIMIZE_REUSE_RESULTS")
                ? given + ";OPTIMIZE_REUSE_RESULTS=FALSE"
                : given;
        String user = System.getProperty("bench.user", url.startsWith("jdbc:h2") ? "sa" : "postgres");
        String password = System.getProperty("bench.password", "");
        int runs = Integer.getInteger("bench.runs", 7);
        LocalDate to =
                LocalDate.parse(System.getProperty("bench.to", LocalDate.now().toString()));
        LocalDate from = LocalDate.parse(
                System.getProperty("bench.from", to.minusDays(364).toString()));
        String schema = schemaOf(url);

        var flyway = Flyway.configure(ReportBench.class.getClassLoader())
                .dataSource(url, user, password)
                .locations(SchemaMigration.locationsFor(url));
        (schema == null ? flyway : flyway.schemas(schema)).load().migrate();
        // the application's own data source and cache size, so that both sides run as the server does
        JdbcUrlDataSource dataSource = new JdbcUrlDataSource();
        dataSource.setUrl(url);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        try (Connection connection = dataSource.getConnection()) {
            SchemaMigration.sizeCache(connection, url);
            int generate = Integer.getInteger("bench.generate", 0);
            if (generate > 0) {
                SyntheticClinic.write(connection, generate, to);
            }
            ReportCriteria criteria = new ReportCriteria(from, to, null, ReportIntervalType.MONTH);
            EntityManagerFactory factory = factory(dataSource, schema);
            EntityManager em = entityManagerPerThread(factory);
            ExecutorService executor = Executors.newCachedThreadPool();
            ReportRepository repository = inject(new ReportRepository(), Map.of("em", em));
            ClinicSettingRepository settings = inject(new ClinicSettingRepository(), Map.of("em", em));
            StaffRepository staff = inject(new StaffRepository(), Map.of("em", em));
            ReportService service = inject(
                    new ReportService(),
                    Map.of(
                            "reports",
                            repository,
                            "settings",
                            settings,
                            "staff",
                            staff,
                            "exporter",
                            new ReportExporter(),
                            "clock",
                            Clock.systemDefaultZone(),
                            "executor",
                            executor));
            System.out.printf(
                    "database %s, period %s to %s, %d runs%n", url.replaceAll("password=[^&;]*", ""), from, to, runs);
            System.out.printf("%-26s %10s %10s %8s%n", "query", "raw ms", "app ms", "app/raw");

            Map<String, Double> rawByReport = new LinkedHashMap<>();
            for (Case query : cases(criteria, repository)) {
                double raw = median(
                        runs,
                        () -> rawRun(
                                connection, ReportSqlStatements.sql(query.query(), query.criteria(), query.extra())));
                double app = median(runs, () -> {
                    em.clear();
                    return query.app().call();
                });
                rawByReport.merge(query.report(), raw, Double::sum);
                System.out.printf("%-26s %10.1f %10.1f %8.2f%n", query.name(), raw, app, app / raw);
            }
            System.out.printf("%n%-26s %10s %10s %8s%n", "report (service)", "raw ms", "app ms", "app/raw");
            Map<String, Callable<?>> reports = new LinkedHashMap<>();
            reports.put("activity", () -> service.activity(criteria));
            reports.put("activity-week", () -> service.activity(criteria.withInterval(ReportIntervalType.WEEK)));
            reports.put("reasons", () -> service.reasons(criteria));
            reports.put("outcomes", () -> service.outcomes(criteria));
            reports.put("wellbeing", () -> service.wellbeing(criteria));
            for (Map.Entry<String, Callable<?>> report : reports.entrySet()) {
                double app = median(runs, () -> {
                    em.clear();
                    return report.getValue().call();
                });
                double raw = rawByReport.getOrDefault(report.getKey(), Double.NaN);
                System.out.printf("%-26s %10.1f %10.1f %8.2f%n", report.getKey(), raw, app, app / raw);
            }
            executor.shutdown();
            factory.close();
        }
    }

    private record Case(
            String report, String name, ReportQuery query, ReportCriteria criteria, Object extra, Callable<?> app) {}

    private static List<Case> cases(ReportCriteria criteria, ReportRepository current) {
        ReportCriteria week = criteria.withInterval(ReportIntervalType.WEEK);
        return List.of(
                new Case(
                        "activity",
                        "activity (month)",
                        ReportQuery.ACTIVITY,
                        criteria,
                        null,
                        () -> current.activity(criteria)),
                new Case(
                        "activity-week",
                        "activity (week)",
                        ReportQuery.ACTIVITY,
                        week,
                        null,
                        () -> current.activity(week)),
                new Case(
                        "reasons",
                        "reasons for the visit",
                        ReportQuery.VISIT_REASONS,
                        criteria,
                        null,
                        () -> current.visitReasons(criteria)),
                new Case(
                        "reasons",
                        "supply concerns",
                        ReportQuery.SUPPLY_CONCERNS,
                        criteria,
                        null,
                        () -> current.supplyConcerns(criteria)),
                new Case("reasons", "flags", ReportQuery.FLAGS, criteria, null, () -> current.flags(criteria)),
                new Case(
                        "reasons",
                        "referrals",
                        ReportQuery.REFERRALS,
                        criteria,
                        null,
                        () -> current.referrals(criteria)),
                new Case(
                        "outcomes",
                        "feeding status (3 checks) and birth weight by day 14",
                        ReportQuery.INFANT_OUTCOMES,
                        criteria,
                        null,
                        () -> current.infantOutcomes(criteria)),
                new Case(
                        "outcomes",
                        "LATCH, BTAT and pain change",
                        ReportQuery.SCORE_CHANGES,
                        criteria,
                        null,
                        () -> current.scoreChanges(criteria)),
                new Case(
                        "outcomes",
                        "pumping bands",
                        ReportQuery.PUMPING_BANDS,
                        criteria,
                        PumpingThresholds.DEFAULTS,
                        () -> current.pumpingBandChanges(criteria, PumpingThresholds.DEFAULTS)),
                new Case(
                        "wellbeing",
                        "EPDS",
                        ReportQuery.WELLBEING,
                        criteria,
                        EpdsThresholds.DEFAULT_REFERRAL_AT_OR_ABOVE,
                        () -> current.wellbeing(criteria, EpdsThresholds.DEFAULT_REFERRAL_AT_OR_ABOVE)),
                new Case(
                        "wellbeing",
                        "item 10 referred",
                        ReportQuery.ITEM_TEN_REFERRED,
                        criteria,
                        null,
                        () -> current.itemTenWithMentalHealthReferral(criteria)));
    }

    /** Median wall time in ms of {@code runs} runs, after one warm-up run. */
    private static double median(int runs, Callable<?> work) throws Exception {
        work.call();
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.call();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return times[runs / 2];
    }

    /** Runs a report query on plain JDBC and reads every row, as the application does. */
    private static int rawRun(Connection connection, ReportStatement sql) throws Exception {
        try (PreparedStatement statement = ReportSqlStatements.prepare(connection, sql);
                ResultSet result = statement.executeQuery()) {
            int rows = 0;
            while (result.next()) {
                rows++;
            }
            return rows;
        }
    }

    private static String schemaOf(String url) {
        Matcher matcher = Pattern.compile("currentSchema=([A-Za-z0-9_]+)").matcher(url);
        return matcher.find() ? matcher.group(1) : null;
    }

    /**
     * An EntityManager that is each thread's own, as the server's transaction-scoped one is: the outcomes report runs
     * one of its queries on a second thread.
     */
    private static EntityManager entityManagerPerThread(EntityManagerFactory factory) {
        ThreadLocal<EntityManager> perThread = ThreadLocal.withInitial(factory::createEntityManager);
        return (EntityManager) Proxy.newProxyInstance(
                ReportBench.class.getClassLoader(),
                new Class<?>[] {EntityManager.class},
                (proxy, method, arguments) -> {
                    try {
                        return method.invoke(perThread.get(), arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static EntityManagerFactory factory(DataSource dataSource, String schema) {
        PersistenceConfiguration configuration = new PersistenceConfiguration("bench")
                .provider(HibernatePersistenceProvider.class.getName())
                .transactionType(PersistenceUnitTransactionType.RESOURCE_LOCAL)
                .sharedCacheMode(SharedCacheMode.NONE)
                .validationMode(ValidationMode.NONE)
                .property("jakarta.persistence.nonJtaDataSource", dataSource)
                .property("hibernate.hbm2ddl.auto", "none")
                .property("hibernate.jdbc.time_zone", "UTC")
                .property("org.hibernate.envers.audit_table_suffix", "_aud")
                .property("org.hibernate.envers.revision_field_name", "rev")
                .property("org.hibernate.envers.revision_type_field_name", "revtype")
                .property("hibernate.type.json_format_mapper", new NoFormatMapper())
                .property("hibernate.type.xml_format_mapper", new NoFormatMapper());
        if (schema != null) {
            configuration.property("hibernate.default_schema", schema);
        }
        List.of(
                        StaffUser.class,
                        Mother.class,
                        Infant.class,
                        Consultation.class,
                        InfantFindings.class,
                        ClinicSetting.class,
                        PumpingEntry.class,
                        Intervention.class,
                        Provider.class,
                        ClinicRevision.class,
                        org.lactationclinic.domain.photo.ConsultationPhoto.class,
                        org.lactationclinic.domain.consultation.ReferralOutcome.class,
                        ClinicSecuritySetting.class,
                        org.lactationclinic.infrastructure.security.SignInAttempt.class,
                        org.lactationclinic.domain.referral.Referral.class,
                        org.lactationclinic.domain.referral.ImportedWeight.class)
                .forEach(configuration::managedClass);
        return Persistence.createEntityManagerFactory(configuration);
    }

    private static <T> T inject(T target, Map<String, Object> fields) throws ReflectiveOperationException {
        for (Map.Entry<String, Object> entry : fields.entrySet()) {
            Field field = target.getClass().getDeclaredField(entry.getKey());
            field.setAccessible(true);
            field.set(target, entry.getValue());
        }
        return target;
    }

    private static final class NoFormatMapper implements FormatMapper {

        @Override
        public <T> T fromString(CharSequence value, JavaType<T> type, WrapperOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <T> String toString(T value, JavaType<T> type, WrapperOptions options) {
            throw new UnsupportedOperationException();
        }
    }

    /**
     * A plain synthetic clinic for trying the benchmark: 10 consultants, a mother per 5 consultations with one infant,
     * consultations over the 5 years before {@code end} at days of life 2-200, each with findings (weight, feeding
     * status most of the time, an observed feed), some EPDS, flags and supply concerns, and a pumping log for one
     * mother in ten. Not the realistic generator: only enough rows, spread like a clinic, to time the queries
     * and see them use the indexes.
     */
    static final class SyntheticClinic {

        static void write(Connection connection, int consultations, LocalDate end) throws Exception {
            try (ResultSet count = connection.createStatement().executeQuery("select count(*) from consultation")) {
                count.next();
                if (count.getLong(1) > 0) {
                    System.out.println("database has consultations: nothing generated");
                    return;
                }
            }
            connection.setAutoCommit(false);
            Random random = new Random(20261126L);
            String audit = "uuid, version, created_at, created_by";
            long[] consultants = new long[10];
            try (PreparedStatement staff = connection.prepareStatement(
                    "insert into staff_user (" + audit
                            + ", username, full_name, password_hash) values (?, 0, current_timestamp, 'bench', ?, ?, 'x')",
                    new String[] {"id"})) {
                for (int i = 0; i < consultants.length; i++) {
                    staff.setObject(1, UUID.randomUUID());
                    staff.setString(2, "bench.consultant" + i);
                    staff.setString(3, "Bench Consultant " + i);
                    staff.executeUpdate();
                    try (ResultSet keys = staff.getGeneratedKeys()) {
                        keys.next();
                        consultants[i] = keys.getLong(1);
                    }
                }
            }
            PreparedStatement mother = connection.prepareStatement(
                    "insert into mother (" + audit
                            + ", given_name, family_name, search_name, date_of_birth) values (?, 0, current_timestamp, 'bench', 'Bench', ?, ?, ?)",
                    new String[] {"id"});
            PreparedStatement infant = connection.prepareStatement(
                    "insert into infant (" + audit
                            + ", mother_id, given_name, family_name, sex, birth_date_time, gestational_age_days, birth_weight_grams)"
                            + " values (?, 0, current_timestamp, 'bench', ?, 'Baby', ?, 'FEMALE', ?, 280, ?)",
                    new String[] {"id"});
            PreparedStatement consultation = connection.prepareStatement(
                    "insert into consultation (" + audit
                            + ", mother_id, consultant_id, type, started_at, status, signed_at, voided, voided_at, voided_by, void_reason,"
                            + " epds_1, epds_2, epds_3, epds_4, epds_5, epds_6, epds_7, epds_8, epds_9, epds_10)"
                            + " values (?, 0, current_timestamp, 'bench', ?, ?, ?, ?, 'SIGNED', current_timestamp, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    new String[] {"id"});
            PreparedStatement seen = connection.prepareStatement(
                    "insert into consultation_infant (consultation_id, infant_id) values (?, ?)");
            PreparedStatement findings = connection.prepareStatement(
                    "insert into infant_findings (" + audit
                            + ", consultation_id, infant_id, weight_grams, weighed_at, feeding_status) values (?, 0, current_timestamp, 'bench', ?, ?, ?, ?, ?)",
                    new String[] {"id"});
            PreparedStatement feed =
                    connection.prepareStatement("insert into feed_observation (findings_id, list_index, side, position,"
                            + " latch_grasp, latch_swallowing, latch_nipple, latch_comfort, latch_hold, nipple_pain)"
                            + " values (?, 0, 'LEFT', 'CRADLE', ?, ?, ?, ?, ?, ?)");
            PreparedStatement flag = connection.prepareStatement(
                    "insert into consultation_flag (consultation_id, list_index, flag_key, source, referral)"
                            + " values (?, 0, ?, 'bench', ?)");
            PreparedStatement concern = connection.prepareStatement(
                    "insert into supply_concern (consultation_id, list_index, category) values (?, 0, ?)");
            PreparedStatement pumping = connection.prepareStatement(
                    "insert into pumping_entry (" + audit
                            + ", mother_id, started_at, duration_minutes, combined_ml) values (?, 0, current_timestamp, 'bench', ?, ?, 20, ?)");
            String[] statuses = {"EXCLUSIVE", "EXCLUSIVE", "PARTIAL", "NONE", null};
            String[] types = {"FOLLOW_UP", "PHONE_VIDEO", "HOME", "FOLLOW_UP", "INPATIENT"};
            String[] flags = {
                "WeightFlagType.EXCESS_LOSS", "AssessmentFlagType.LATCH_FURTHER_EVALUATION", "IntakeFlagType.FEW_FEEDS"
            };
            String[] categories = {
                "PERCEIVED_LOW_SUPPLY", "DELAYED_SECRETORY_ACTIVATION", "LOW_MEASURED_SUPPLY", "ENGORGEMENT"
            };
            String[] grasp = {"NO_LATCH", "REPEATED_ATTEMPTS", "GRASPS_BREAST"};
            String[] swallow = {"NONE", "A_FEW_WITH_STIMULATION", "SPONTANEOUS"};
            String[] nipple = {"INVERTED", "FLAT", "EVERTED"};
            String[] comfort = {"ENGORGED_OR_SEVERE_DISCOMFORT", "FILLING_OR_MILD_DISCOMFORT", "SOFT_NON_TENDER"};
            String[] hold = {"FULL_ASSIST", "MINIMAL_ASSIST", "NO_ASSIST"};
            int written = 0;
            int mothers = 0;
            while (written < consultations) {
                long motherId = insert(
                        mother,
                        UUID.randomUUID(),
                        "Bench" + mothers,
                        "bench bench" + mothers,
                        java.sql.Date.valueOf(LocalDate.of(
                                1985 + random.nextInt(15), 1 + random.nextInt(12), 1 + random.nextInt(28))));
                mothers++;
                LocalDateTime born = end.minusDays(random.nextInt(5 * 365)).atTime(random.nextInt(24), 0);
                int birthWeight = 2500 + random.nextInt(2000);
                long infantId = insert(
                        infant, UUID.randomUUID(), motherId, "Bench" + mothers, Timestamp.valueOf(born), birthWeight);
                long consultant = consultants[random.nextInt(consultants.length)];
                int visits = 1 + random.nextInt(9);
                int day = 2 + random.nextInt(5);
                for (int v = 0; v < visits && written < consultations; v++, written++) {
                    LocalDateTime at = born.toLocalDate().plusDays(day).atTime(9 + random.nextInt(8), 0);
                    day += 3 + random.nextInt(30);
                    boolean voided = random.nextInt(50) == 0;
                    boolean epds = random.nextInt(3) == 0;
                    List<Object> values = new ArrayList<>(List.of(
                            UUID.randomUUID(),
                            motherId,
                            consultant,
                            v == 0 ? "INITIAL" : types[random.nextInt(types.length)],
                            Timestamp.valueOf(at),
                            voided));
                    values.addAll(
                            voided
                                    ? Arrays.asList(new Timestamp(System.currentTimeMillis()), "bench", "bench")
                                    : Arrays.asList(null, null, null));
                    for (int item = 0; item < 10; item++) {
                        values.add(epds ? random.nextInt(4) : null);
                    }
                    long consultationId = insert(consultation, values.toArray());
                    seen.setLong(1, consultationId);
                    seen.setLong(2, infantId);
                    seen.addBatch();
                    long findingsId = insert(
                            findings,
                            UUID.randomUUID(),
                            consultationId,
                            infantId,
                            birthWeight - 200 + day * 25 + random.nextInt(100),
                            Timestamp.valueOf(at),
                            statuses[random.nextInt(statuses.length)]);
                    feed.setLong(1, findingsId);
                    feed.setString(2, grasp[random.nextInt(3)]);
                    feed.setString(3, swallow[random.nextInt(3)]);
                    feed.setString(4, nipple[random.nextInt(3)]);
                    feed.setString(5, comfort[random.nextInt(3)]);
                    feed.setString(6, hold[random.nextInt(3)]);
                    feed.setInt(7, random.nextInt(11));
                    feed.addBatch();
                    if (random.nextInt(3) == 0) {
                        flag.setLong(1, consultationId);
                        flag.setString(2, flags[random.nextInt(flags.length)]);
                        flag.setBoolean(3, random.nextBoolean());
                        flag.addBatch();
                    }
                    if (random.nextInt(4) == 0) {
                        concern.setLong(1, consultationId);
                        concern.setString(2, categories[random.nextInt(categories.length)]);
                        concern.addBatch();
                    }
                }
                if (random.nextInt(10) == 0) {
                    LocalDateTime start = born.plusDays(5);
                    for (int session = 0; session < 40; session++) {
                        pumping.setObject(1, UUID.randomUUID());
                        pumping.setLong(2, motherId);
                        pumping.setTimestamp(3, Timestamp.valueOf(start.plusHours(session * 3L)));
                        pumping.setInt(4, 30 + random.nextInt(80));
                        pumping.addBatch();
                    }
                }
                if (mothers % 500 == 0) {
                    for (PreparedStatement batch : List.of(seen, feed, flag, concern, pumping)) {
                        batch.executeBatch();
                    }
                    connection.commit();
                }
            }
            for (PreparedStatement batch : List.of(seen, feed, flag, concern, pumping)) {
                batch.executeBatch();
            }
            connection.commit();
            connection.setAutoCommit(true);
            if (connection.getMetaData().getURL().startsWith("jdbc:postgresql")) {
                connection.createStatement().execute("analyze");
            }
            System.out.printf("generated %d consultations of %d mothers%n", written, mothers);
        }

        private static long insert(PreparedStatement statement, Object... values) throws Exception {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
