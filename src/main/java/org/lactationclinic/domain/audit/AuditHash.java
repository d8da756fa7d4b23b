package org.lactationclinic.domain.audit;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The hash of one audit event: SHA-256 over an unambiguous encoding of the previous event's hash and every field of
 * this one, written as lower-case hex.
 *
 * <p>The encoding starts with a version tag ({@value #FORMAT}) and then writes each field, in a fixed order, as a
 * 4-byte big-endian length and its UTF-8 bytes; an absent field is the length -1 with no bytes. Because every field is
 * length-prefixed, no two different events encode alike (a detail ending in "x" followed by an address starting with
 * "y" cannot pass for another split of the same characters, and an empty text differs from an absent one). The moment
 * is written as microseconds since the epoch, the precision both databases store, so a row read back hashes as it did
 * when written. Changing anything here changes every hash: a new encoding needs a new tag and a verifier that knows
 * both. An event that names the mother it concerns (V16) is encoded with {@link #FORMAT_WITH_MOTHER} and her uuid after
 * the other fields; one that names none keeps {@link #FORMAT}, as every event did before.
 */
public final class AuditHash {

    /** Tag of the encoding, hashed first. */
    public static final String FORMAT = "lactation-clinic-audit-v1";

    /**
     * Tag of the encoding of an event that names the mother it concerns: v1's fields, then her uuid. An event without
     * one keeps the v1 encoding, so the events written before the mother was recorded (V16) still verify, and blanking
     * or adding a mother changes the hash either way.
     */
    public static final String FORMAT_WITH_MOTHER = "lactation-clinic-audit-v2";

    /**
     * Tag of the keyed encoding (issue 15): the key's id, then v1's fields and the mother (absent or not), hashed with
     * HMAC-SHA256 under that key instead of SHA-256. Every event appended since V40 uses it.
     */
    public static final String FORMAT_KEYED = "lactation-clinic-audit-v3-hmac";

    /** The previous hash of the first event: there is none. */
    public static final String GENESIS = "0".repeat(64);

    private AuditHash() {}

    /** The instant as the databases keep it: whole microseconds. */
    public static Instant storable(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    public static String of(
            String prevHash,
            long sequenceNumber,
            Instant occurredAt,
            String actor,
            AuditActionType action,
            AuditRecordType recordType,
            UUID recordUuid,
            String detail,
            String clientAddress) {
        return of(
                prevHash,
                sequenceNumber,
                occurredAt,
                actor,
                action,
                recordType,
                recordUuid,
                detail,
                clientAddress,
                null);
    }

    /** The hash of an event that may name the mother it concerns ({@link #FORMAT_WITH_MOTHER} when it does). */
    public static String of(
            String prevHash,
            long sequenceNumber,
            Instant occurredAt,
            String actor,
            AuditActionType action,
            AuditRecordType recordType,
            UUID recordUuid,
            String detail,
            String clientAddress,
            UUID motherUuid) {
        ByteArrayOutputStream encoded = new ByteArrayOutputStream(256);
        field(encoded, motherUuid == null ? FORMAT : FORMAT_WITH_MOTHER);
        field(encoded, prevHash);
        field(encoded, Long.toString(sequenceNumber));
        field(encoded, occurredAt == null ? null : Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, occurredAt)));
        field(encoded, actor);
        field(encoded, action == null ? null : action.name());
        field(encoded, recordType == null ? null : recordType.name());
        field(encoded, recordUuid == null ? null : recordUuid.toString());
        field(encoded, detail);
        field(encoded, clientAddress);
        if (motherUuid != null) {
            field(encoded, motherUuid.toString());
        }
        return HexFormat.of().formatHex(sha256().digest(encoded.toByteArray()));
    }

    /** The keyed hash of an event ({@link #FORMAT_KEYED}): without the key it cannot be computed again. */
    public static String keyed(
            AuditKey key,
            String prevHash,
            long sequenceNumber,
            Instant occurredAt,
            String actor,
            AuditActionType action,
            AuditRecordType recordType,
            UUID recordUuid,
            String detail,
            String clientAddress,
            UUID motherUuid) {
        ByteArrayOutputStream encoded = new ByteArrayOutputStream(256);
        field(encoded, FORMAT_KEYED);
        field(encoded, key.id());
        field(encoded, prevHash);
        field(encoded, Long.toString(sequenceNumber));
        field(encoded, occurredAt == null ? null : Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, occurredAt)));
        field(encoded, actor);
        field(encoded, action == null ? null : action.name());
        field(encoded, recordType == null ? null : recordType.name());
        field(encoded, recordUuid == null ? null : recordUuid.toString());
        field(encoded, detail);
        field(encoded, clientAddress);
        field(encoded, motherUuid == null ? null : motherUuid.toString());
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.secret(), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(encoded.toByteArray()));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("Every Java platform has HmacSHA256", e);
        }
    }

    private static void field(ByteArrayOutputStream out, String value) {
        byte[] bytes = value == null ? null : value.getBytes(StandardCharsets.UTF_8);
        out.writeBytes(ByteBuffer.allocate(Integer.BYTES)
                .putInt(bytes == null ? -1 : bytes.length)
                .array());
        if (bytes != null) {
            out.writeBytes(bytes);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
