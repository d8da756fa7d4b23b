package org.lactationclinic.domain.audit;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A secret key of the audit chain (issue 15, point 1): each event's hash is an HMAC-SHA256 under the key named by its
 * {@code key_id}, so whoever can write the database but does not hold the key cannot recompute the chain after changing
 * an event. The key comes from the server's configuration, never from the database.
 *
 * @param id a short name stored with every event it signed, so that after a rotation old events are still checked with
 *     the key that signed them
 * @param secret at least {@value #MIN_SECRET_BYTES} bytes
 */
public record AuditKey(String id, byte[] secret) {

    public static final int MIN_SECRET_BYTES = 32;
    public static final int ID_MAX = 40;

    public AuditKey {
        Objects.requireNonNull(id, "id");
        if (!id.matches("[A-Za-z0-9._-]{1," + ID_MAX + "}")) {
            throw new IllegalArgumentException(
                    "An audit key id is 1 to " + ID_MAX + " letters, digits, '.', '_' or '-': " + id);
        }
        if (secret == null || secret.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException(
                    "The audit key " + id + " needs at least " + MIN_SECRET_BYTES + " bytes");
        }
        secret = secret.clone();
    }

    @Override
    public byte[] secret() {
        return secret.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AuditKey key && key.id.equals(id) && Arrays.equals(key.secret, secret);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "AuditKey[" + id + "]"; // never the secret
    }

    /** The keys a server holds: the current one signs new events, older ones still check the events they signed. */
    public interface Ring {

        AuditKey current();

        Optional<AuditKey> find(String id);
    }
}
