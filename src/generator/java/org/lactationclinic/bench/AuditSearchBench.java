package org.lactationclinic.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.lactationclinic.domain.audit.AuditActionType;
import org.lactationclinic.domain.audit.AuditChainVerifier;
import org.lactationclinic.domain.audit.AuditEvent;
import org.lactationclinic.domain.audit.AuditHash;
import org.lactationclinic.domain.audit.AuditRecordType;
import org.lactationclinic.infrastructure.database.SchemaMigration;

/**
 * Times the audit search as the admin page runs it (the count, then one page of 25 newest first) on the database at the
 * given URL, and optionally first fills it with a generated chain of audit events and times the chain verifier. Run
 * through audit-search.sh, which puts the project's classes and drivers on the class path. Only the loopback database
 * it is pointed at is touched.
 *
 * <pre>AuditSearchBench URL USER PASSWORD [GENERATE_N] [RUNS]</pre>
 */
public class AuditSearchBench {

    private static final int STAFF = 40;
    private static final int RECORDS = 50_000;
    private static final Duration SPAN = Duration.ofDays(2 * 365);
    private static final int PAGE = 25;

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args.length > 1 ? args[1] : "sa";
        String password = args.length > 2 ? args[2] : "";
        long generate = args.length > 3 ? Long.parseLong(args[3]) : 0;
        int runs = args.length > 4 ? Integer.parseInt(args[4]) : 200;

        Flyway.configure(AuditSearchBench.class.getClassLoader())
                .dataSource(url, user, password)
                .locations(SchemaMigration.locationsFor(url))
                // brings an empty database to the current schema; an existing one is measured as it is
                .validateOnMigrate(false)
                .load()
                .migrate();
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            if (generate > 0) {
                generate(connection, generate);
            }
            long rows = single(connection, "select count(*) from audit_event");
            System.out.printf(
                    "audit_event rows: %,d (%s)%n",
                    rows, connection.getMetaData().getDatabaseProductName());
            Instant newest = Instant.now();
            Random random = new Random(42);
            time(
                    connection,
                    runs,
                    "by user, last 30 days",
                    () -> new Object[] {"staff." + random.nextInt(STAFF), newest.minus(Duration.ofDays(30)), newest},
                    "actor = ? and occurred_at >= ? and occurred_at < ?");
            time(
                    connection,
                    runs,
                    "by user, no period",
                    () -> new Object[] {"staff." + random.nextInt(STAFF)},
                    "actor = ?");
            time(
                    connection,
                    runs,
                    "by record (a mother: hers and her records')",
                    () -> {
                        UUID mother = recordUuid(random.nextInt(RECORDS));
                        return new Object[] {mother, mother, mother};
                    },
                    RECORD);
            time(
                    connection,
                    runs,
                    "by period (one week)",
                    () -> {
                        Instant from = newest.minus(Duration.ofDays(7 + random.nextInt(700)));
                        return new Object[] {from, from.plus(Duration.ofDays(7))};
                    },
                    "occurred_at >= ? and occurred_at < ?");
            time(connection, runs, "everything (newest page)", () -> new Object[0], null);
            time(
                    connection,
                    Math.max(10, runs / 10),
                    "everything, page 400 (offset 10,000)",
                    () -> new Object[0],
                    null,
                    10_000);
            if (generate > 0 || args.length > 5) {
                verify(connection);
            }
        }
    }

    interface Params {
        Object[] next();
    }

    private static void time(Connection connection, int runs, String name, Params params, String where)
            throws SQLException {
        time(connection, runs, name, params, where, 0);
    }

    /** AuditEventRepository's record search: the events naming the record as mother, then those on the record. */
    private static final String RECORD = "record";

    private static void time(Connection connection, int runs, String name, Params params, String where, int offset)
            throws SQLException {
        String count;
        String page;
        if (RECORD.equals(where)) {
            String found =
                    "select e.* from audit_event e where e.mother_uuid = ? union all select e.* from audit_event e"
                            + " where e.record_uuid = ? and (e.mother_uuid is null or e.mother_uuid <> ?)";
            count = "select count(*) from (" + found + ") found";
            page = "select * from (" + found + ") found order by found.occurred_at desc, found.sequence_number desc"
                    + " offset " + offset + " rows fetch next " + PAGE + " rows only";
        } else {
            String condition = where == null ? "" : " where " + where;
            // as AuditEventRepository.count: without a condition the chain head holds the count
            count = where == null
                    ? "select last_sequence from audit_chain_head where id = 1"
                    : "select count(*) from audit_event" + condition;
            // the SQL Hibernate generates for AuditEventRepository.search
            String leading = where != null && where.startsWith("actor") ? "actor, " : "";
            page =
                    "select id, sequence_number, occurred_at, actor, action, record_type, record_uuid, detail, client_address,"
                            + " prev_hash, hash, mother_uuid from audit_event" + condition + " order by " + leading
                            + "occurred_at desc, sequence_number desc offset " + offset + " rows fetch next " + PAGE
                            + " rows only";
        }
        List<Double> millis = new ArrayList<>();
        long found = 0;
        for (int run = -10; run < runs; run++) { // 10 warm-up runs
            Object[] values = params.next();
            long start = System.nanoTime();
            found = query(connection, count, values, true);
            query(connection, page, values, false);
            if (run >= 0) {
                millis.add((System.nanoTime() - start) / 1e6);
            }
        }
        Collections.sort(millis);
        System.out.printf(
                "%-40s median %7.2f ms   p95 %7.2f ms   (count + page of %d; last count %,d; %d runs)%n",
                name,
                millis.get(millis.size() / 2),
                millis.get((int) Math.ceil(millis.size() * 0.95) - 1),
                PAGE,
                found,
                runs);
    }

    private static long query(Connection connection, String sql, Object[] values, boolean count) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i] instanceof Instant at ? Timestamp.from(at) : values[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                long n = 0;
                while (rs.next()) {
                    n = count ? rs.getLong(1) : n + 1;
                }
                return n;
            }
        }
    }

    private static UUID recordUuid(int n) {
        return new UUID(0x5eed_0000_0000_0000L, n);
    }

    /** Appends {@code n} events after the chain head, hashed and chained as the application does. */
    private static void generate(Connection connection, long n) throws SQLException {
        AuditActionType[] actions = {
            AuditActionType.VIEW,
            AuditActionType.VIEW,
            AuditActionType.VIEW,
            AuditActionType.VIEW,
            AuditActionType.UPDATE,
            AuditActionType.UPDATE,
            AuditActionType.CREATE,
            AuditActionType.SIGN,
            AuditActionType.SIGN_IN,
            AuditActionType.SIGN_OUT,
            AuditActionType.PRINT,
            AuditActionType.AMEND
        };
        Random random = new Random(7);
        connection.setAutoCommit(false);
        long sequence;
        String prev;
        try (Statement statement = connection.createStatement();
                ResultSet head = statement.executeQuery(
                        "select last_sequence, last_hash from audit_chain_head where id = 1 for update")) {
            head.next();
            sequence = head.getLong(1);
            prev = head.getString(2);
        }
        Instant start = Instant.now().minus(SPAN);
        long step = SPAN.toNanos() / n;
        long began = System.nanoTime();
        try (PreparedStatement insert =
                connection.prepareStatement("insert into audit_event (sequence_number, occurred_at, actor,"
                        + " action, record_type, record_uuid, detail, client_address, prev_hash, hash, mother_uuid)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (long i = 1; i <= n; i++) {
                AuditActionType action = actions[random.nextInt(actions.length)];
                boolean aboutRecord = action != AuditActionType.SIGN_IN && action != AuditActionType.SIGN_OUT;
                // half the record events are on a mother, half on one of her consultations (naming her)
                UUID mother = aboutRecord ? recordUuid(random.nextInt(RECORDS)) : null;
                boolean onConsultation = aboutRecord && random.nextBoolean();
                AuditRecordType recordType = !aboutRecord
                        ? AuditRecordType.STAFF_USER
                        : onConsultation ? AuditRecordType.CONSULTATION : AuditRecordType.MOTHER;
                UUID record = onConsultation ? new UUID(random.nextLong(), random.nextLong()) : mother;
                AuditEvent event = new AuditEvent(
                        ++sequence,
                        prev,
                        start.plusNanos(step * i),
                        "staff." + random.nextInt(STAFF),
                        action,
                        recordType,
                        record,
                        aboutRecord ? "overview" : null,
                        "10.0." + random.nextInt(4) + "." + random.nextInt(250),
                        mother);
                insert.setLong(1, event.getSequenceNumber());
                insert.setTimestamp(2, Timestamp.from(event.getOccurredAt()));
                insert.setString(3, event.getActor());
                insert.setString(4, event.getAction().name());
                insert.setString(5, event.getRecordType().name());
                insert.setObject(6, event.getRecordUuid());
                insert.setString(7, event.getDetail());
                insert.setString(8, event.getClientAddress());
                insert.setString(9, event.getPrevHash());
                insert.setString(10, event.getHash());
                insert.setObject(11, event.getMotherUuid());
                insert.addBatch();
                prev = event.getHash();
                if (i % 5_000 == 0 || i == n) {
                    insert.executeBatch();
                    try (PreparedStatement head = connection.prepareStatement(
                            "update audit_chain_head set last_sequence = ?, last_hash = ? where id = 1")) {
                        head.setLong(1, sequence);
                        head.setString(2, prev);
                        head.executeUpdate();
                    }
                    connection.commit();
                }
            }
        }
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute(
                    connection.getMetaData().getURL().startsWith("jdbc:postgresql:")
                            ? "analyze audit_event"
                            : "analyze");
        }
        System.out.printf("generated %,d events in %.1f s%n", n, (System.nanoTime() - began) / 1e9);
    }

    /** The verifier's walk as AuditTrail.verify does it: pages of 1,000 by sequence number. */
    private static void verify(Connection connection) throws SQLException {
        long began = System.nanoTime();
        long headSequence = single(connection, "select last_sequence from audit_chain_head where id = 1");
        AuditChainVerifier verifier = new AuditChainVerifier(headSequence);
        long after = 0;
        int read;
        do {
            read = 0;
            try (PreparedStatement page = connection.prepareStatement(
                    "select id, sequence_number, occurred_at, actor, action,"
                            + " record_type, record_uuid, detail, client_address, prev_hash, hash, mother_uuid from audit_event"
                            + " where sequence_number > ? and sequence_number <= ? order by sequence_number fetch first 1000 rows only")) {
                page.setLong(1, after);
                page.setLong(2, headSequence);
                try (ResultSet rs = page.executeQuery()) {
                    while (rs.next()) {
                        String recordType = rs.getString(6);
                        String computed = AuditHash.of(
                                rs.getString(10),
                                rs.getLong(2),
                                rs.getTimestamp(3).toInstant(),
                                rs.getString(4),
                                AuditActionType.valueOf(rs.getString(5)),
                                recordType == null ? null : AuditRecordType.valueOf(recordType),
                                rs.getObject(7, UUID.class),
                                rs.getString(8),
                                rs.getString(9),
                                rs.getObject(12, UUID.class));
                        verifier.accept(new AuditChainVerifier.Link(
                                rs.getLong(1), rs.getLong(2), rs.getString(10), rs.getString(11), computed));
                        after = rs.getLong(2);
                        read++;
                    }
                }
            }
        } while (read == 1000);
        AuditChainVerifier.Result result = verifier.finish();
        System.out.printf(
                "verifier: %,d events in %.1f s, intact: %s%n",
                result.eventsChecked(), (System.nanoTime() - began) / 1e9, result.intact());
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
