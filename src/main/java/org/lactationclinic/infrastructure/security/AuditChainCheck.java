package org.lactationclinic.infrastructure.security;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lactationclinic.domain.audit.AuditActionType;
import org.lactationclinic.domain.audit.AuditChainVerifier;
import org.lactationclinic.domain.audit.AuditHash;
import org.lactationclinic.domain.audit.AuditKey;
import org.lactationclinic.domain.audit.AuditRecordType;

/**
 * Verifies a database's audit chain from the command line, without the application server: after a restore
 * (deploy/restore-check.sh), or on a copy an auditor was given. Reads the keys as the server does
 * ({@code AUDIT_HMAC_KEYS} or {@code AUDIT_HMAC_KEY_FILE} from the environment) and prints the verifier's findings;
 * exit status 0 when the chain is intact, 1 when it is not, 2 on a usage or connection error.
 *
 * <pre>
 * java -cp 'WEB-INF/classes:WEB-INF/lib/*' org.lactationclinic.infrastructure.security.AuditChainCheck JDBC_URL [USER [PASSWORD]]
 * </pre>
 */
public final class AuditChainCheck {

    private AuditChainCheck() {}

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println(
                    "usage: AuditChainCheck JDBC_URL [USER [PASSWORD]]   (keys: AUDIT_HMAC_KEYS or AUDIT_HMAC_KEY_FILE)");
            System.exit(2);
        }
        try {
            List<AuditKey> keys = keys();
            AuditChainVerifier.Result result =
                    verify(args[0], args.length > 1 ? args[1] : null, args.length > 2 ? args[2] : null, keys);
            System.out.println(
                    "audit events checked: " + result.eventsChecked() + ", chain head at " + result.lastSequence());
            System.out.println("edited: " + result.edited().size() + ", missing: " + result.missingCount()
                    + ", broken links: " + result.brokenLinks().size() + ", unverifiable (key not given): "
                    + result.unverifiable().size());
            result.edited()
                    .forEach(e -> System.out.println("  edited event " + e.sequenceNumber() + " (id " + e.id() + ")"));
            result.missing().forEach(m -> System.out.println("  missing events " + m.first() + "-" + m.last()));
            result.brokenLinks().forEach(b -> System.out.println("  broken link at event " + b.sequenceNumber()));
            System.out.println(result.intact() ? "audit chain INTACT" : "audit chain NOT INTACT");
            System.exit(result.intact() ? 0 : 1);
        } catch (SQLException | RuntimeException e) {
            System.err.println("audit chain check failed: " + e.getMessage());
            System.exit(2);
        }
    }

    private static List<AuditKey> keys() {
        String configured = System.getenv(ConfiguredAuditKeys.KEYS);
        if (configured != null && !configured.isBlank()) {
            return ConfiguredAuditKeys.parse(configured);
        }
        String file = System.getenv(ConfiguredAuditKeys.KEY_FILE);
        if (file == null || file.isBlank()) {
            throw new IllegalArgumentException(
                    "give the keys: " + ConfiguredAuditKeys.KEYS + " or " + ConfiguredAuditKeys.KEY_FILE);
        }
        try {
            return ConfiguredAuditKeys.parse(java.nio.file.Files.readString(java.nio.file.Path.of(file)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static AuditChainVerifier.Result verify(String url, String user, String password, List<AuditKey> keys)
            throws SQLException {
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            long head;
            try (Statement statement = db.createStatement();
                    ResultSet row = statement.executeQuery("select last_sequence from audit_chain_head where id = 1")) {
                head = row.next() ? row.getLong(1) : 0;
            }
            AuditChainVerifier verifier = new AuditChainVerifier(head);
            try (PreparedStatement query =
                    db.prepareStatement("select id, sequence_number, occurred_at, actor, action, record_type,"
                            + " record_uuid, detail, client_address, mother_uuid, prev_hash, hash, key_id from audit_event"
                            + " where sequence_number <= ? order by sequence_number")) {
                query.setLong(1, head);
                query.setFetchSize(1000);
                db.setAutoCommit(false); // PostgreSQL streams the rows only inside a transaction
                try (ResultSet e = query.executeQuery()) {
                    while (e.next()) {
                        verifier.accept(link(e, keys));
                    }
                }
            }
            return verifier.finish();
        }
    }

    private static AuditChainVerifier.Link link(ResultSet e, List<AuditKey> keys) throws SQLException {
        long seq = e.getLong("sequence_number");
        var at = AuditHash.storable(
                e.getObject("occurred_at", OffsetDateTime.class).toInstant());
        AuditActionType action = AuditActionType.valueOf(e.getString("action"));
        String type = e.getString("record_type");
        AuditRecordType recordType = type == null ? null : AuditRecordType.valueOf(type);
        UUID record = e.getObject("record_uuid", UUID.class);
        UUID mother = e.getObject("mother_uuid", UUID.class);
        String prev = e.getString("prev_hash");
        String keyId = e.getString("key_id");
        String computed;
        if (keyId == null) {
            computed = AuditHash.of(
                    prev,
                    seq,
                    at,
                    e.getString("actor"),
                    action,
                    recordType,
                    record,
                    e.getString("detail"),
                    e.getString("client_address"),
                    mother);
        } else {
            Optional<AuditKey> key =
                    keys.stream().filter(k -> k.id().equals(keyId)).findFirst();
            computed = key.map(k -> {
                        try {
                            return AuditHash.keyed(
                                    k,
                                    prev,
                                    seq,
                                    at,
                                    e.getString("actor"),
                                    action,
                                    recordType,
                                    record,
                                    e.getString("detail"),
                                    e.getString("client_address"),
                                    mother);
                        } catch (SQLException ex) {
                            throw new IllegalStateException(ex);
                        }
                    })
                    .orElse(null);
        }
        return new AuditChainVerifier.Link(e.getLong("id"), seq, prev, e.getString("hash"), computed, keyId != null);
    }
}
