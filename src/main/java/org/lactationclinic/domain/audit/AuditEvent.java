package org.lactationclinic.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.lactationclinic.domain.shared.TypedText;

/**
 * One line of the audit trail: who ({@link #getActor()}), when (UTC), did what, to which record, from which address.
 * Written once and never changed (the entity is immutable to Hibernate, and a database trigger refuses updates and
 * deletes); its {@link #getHash() hash} chains it to the event before it.
 *
 * <p>Not an {@code AuditedEntity}: it has no version, no voiding and no history of its own, because it is the history.
 * The detail is a short note with ids only (a report's name and row count, the page a record was viewed on), never
 * health data.
 */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent implements Serializable {

    public static final int ACTOR_MAX = 60;
    public static final int DETAIL_MAX = 300;
    public static final int ADDRESS_MAX = 45;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "sequence_number", nullable = false, unique = true)
    private long sequenceNumber;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = ACTOR_MAX)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AuditActionType action;

    @Enumerated(EnumType.STRING)
    @Column(name = "record_type", length = 30)
    private AuditRecordType recordType;

    @Column(name = "record_uuid")
    private UUID recordUuid;

    @Column(length = DETAIL_MAX)
    private String detail;

    @Column(name = "client_address", length = ADDRESS_MAX)
    private String clientAddress;

    /** The mother whose record the event concerns (V16), or null: see {@link #getMotherUuid()}. */
    @Column(name = "mother_uuid")
    private UUID motherUuid;

    @Column(name = "prev_hash", nullable = false, length = 64)
    private String prevHash;

    @Column(nullable = false, length = 64)
    private String hash;

    /**
     * The key whose HMAC {@link #hash} is (V40, issue 15); null for the events written before the chain was keyed,
     * whose hash is a plain SHA-256 ({@link AuditHash#of}).
     */
    @Column(name = "key_id", length = AuditKey.ID_MAX)
    private String keyId;

    protected AuditEvent() {
        // for JPA
    }

    /**
     * The event that follows the one numbered {@code sequenceNumber - 1} whose hash was {@code prevHash}. Texts are
     * {@linkplain TypedText#neutralised neutralised} (a username typed at sign-in may hold a NUL, which PostgreSQL
     * refuses, or a line break, which would forge a line wherever the trail is shown), texts longer than their column
     * are cut, and the moment is cut to microseconds, before hashing, so the hash covers exactly what is stored.
     */
    public AuditEvent(
            long sequenceNumber,
            String prevHash,
            Instant occurredAt,
            String actor,
            AuditActionType action,
            AuditRecordType recordType,
            UUID recordUuid,
            String detail,
            String clientAddress,
            UUID motherUuid) {
        this(
                sequenceNumber,
                prevHash,
                occurredAt,
                actor,
                action,
                recordType,
                recordUuid,
                detail,
                clientAddress,
                motherUuid,
                null);
    }

    /** The same, its hash keyed with {@code key} (every event the application appends); null gives the unkeyed hash. */
    public AuditEvent(
            long sequenceNumber,
            String prevHash,
            Instant occurredAt,
            String actor,
            AuditActionType action,
            AuditRecordType recordType,
            UUID recordUuid,
            String detail,
            String clientAddress,
            UUID motherUuid,
            AuditKey key) {
        if (sequenceNumber < 1) {
            throw new IllegalArgumentException("Sequence numbers start at 1: " + sequenceNumber);
        }
        this.sequenceNumber = sequenceNumber;
        this.prevHash = Objects.requireNonNull(prevHash, "prevHash");
        this.occurredAt = AuditHash.storable(Objects.requireNonNull(occurredAt, "occurredAt"));
        this.actor = cut(Objects.requireNonNullElse(actor, ""), ACTOR_MAX);
        this.action = Objects.requireNonNull(action, "action");
        this.recordType = recordType;
        this.recordUuid = recordUuid;
        this.detail = cut(detail, DETAIL_MAX);
        this.clientAddress = cut(clientAddress, ADDRESS_MAX);
        this.motherUuid = motherUuid;
        this.keyId = key == null ? null : key.id();
        this.hash = key == null ? unkeyedHash() : keyedHash(key);
    }

    /**
     * The unkeyed hash of the fields as they are now: equal to {@link #getHash()} for an unkeyed event unless it was
     * changed.
     */
    public String computedHash() {
        return unkeyedHash();
    }

    /**
     * The hash of the fields as they are now, with the key that signed the event: equal to {@link #getHash()} unless
     * the row was changed; null when the ring lacks that key (the verifier cannot vouch for the event).
     */
    public String computedHash(AuditKey.Ring keys) {
        if (keyId == null) {
            return unkeyedHash();
        }
        return keys.find(keyId).map(this::keyedHash).orElse(null);
    }

    private String unkeyedHash() {
        return AuditHash.of(
                prevHash,
                sequenceNumber,
                occurredAt,
                actor,
                action,
                recordType,
                recordUuid,
                detail,
                clientAddress,
                motherUuid);
    }

    private String keyedHash(AuditKey key) {
        return AuditHash.keyed(
                key,
                prevHash,
                sequenceNumber,
                occurredAt,
                actor,
                action,
                recordType,
                recordUuid,
                detail,
                clientAddress,
                motherUuid);
    }

    /** What the chain verifier needs of an unkeyed event. */
    public AuditChainVerifier.Link toLink() {
        return new AuditChainVerifier.Link(id == null ? 0 : id, sequenceNumber, prevHash, hash, computedHash());
    }

    /** What the chain verifier needs of this event, its hash checked with the key that signed it. */
    public AuditChainVerifier.Link toLink(AuditKey.Ring keys) {
        return new AuditChainVerifier.Link(
                id == null ? 0 : id, sequenceNumber, prevHash, hash, computedHash(keys), keyId != null);
    }

    /** The key that signed the event, or null for an event of before V40. */
    public String getKeyId() {
        return keyId;
    }

    private static String cut(String text, int max) {
        if (text == null) {
            return null;
        }
        String stripped = TypedText.neutralised(text.strip());
        return stripped.length() <= max ? stripped : stripped.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public long getSequenceNumber() {
        return sequenceNumber;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public AuditActionType getAction() {
        return action;
    }

    public AuditRecordType getRecordType() {
        return recordType;
    }

    public UUID getRecordUuid() {
        return recordUuid;
    }

    /**
     * The mother whose record the event concerns: her own uuid for an event on her, hers for one on her consultation,
     * baby or pumping entry; null for an event about no mother (or written before V16).
     */
    public UUID getMotherUuid() {
        return motherUuid;
    }

    public String getDetail() {
        return detail;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public String getPrevHash() {
        return prevHash;
    }

    public String getHash() {
        return hash;
    }
}
